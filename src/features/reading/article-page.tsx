import './article.css';
import './meta-line.css';
import { Link } from 'react-router';
import type { ArticleSummary, LoadedArticle } from '../../domain/article.ts';
import { formatDay, plural, readingTime } from '../../shared/format.ts';
import { paths } from '../../shared/paths.ts';
import { ArticleBody } from './article-body.tsx';

/**
 * One version of a story: headline, byline, dateline, date, section and tags, the photo caption,
 * the body, the copyright lines, and links to the other versions and the comparison. What the
 * version does not say is said plainly, never left as a gap.
 */
export function ArticlePage({
  article,
  others,
}: {
  article: LoadedArticle;
  others: readonly ArticleSummary[];
}) {
  const title = article.headline ?? article.label;
  const source = [article.publisher, article.agency].filter(Boolean).join(' · ');
  return (
    // Search indexes the headline and body of each article (data-pagefind-*), not the nav.
    <article className="article" aria-labelledby="article-title" data-pagefind-body="">
      <title>{`${title} · News Versions`}</title>
      <header className="article-header">
        <p className="kicker">
          {article.section ? (
            <span className="section" data-pagefind-ignore="">
              {article.section}
            </span>
          ) : (
            <span className="absent" data-pagefind-ignore="">
              Section unknown
            </span>
          )}
          <span className="version-tag" data-pagefind-meta="label">
            {article.label}
          </span>
        </p>
        <h1 id="article-title">{title}</h1>
        {!article.headline && (
          <p className="absent" data-pagefind-ignore="">
            No headline in this version — shown by its label.
          </p>
        )}
        <p className="byline" data-pagefind-ignore="">
          {article.byline ? `By ${article.byline}` : <span className="absent">Byline unknown</span>}
        </p>
        <p className="meta-line" data-pagefind-ignore="">
          <span>{article.dateline ?? <span className="absent">dateline unknown</span>}</span>
          <span>
            {article.date ? (
              <time dateTime={article.date}>{formatDay(article.date)}</time>
            ) : (
              <span className="absent">date unknown</span>
            )}
          </span>
          <span>{source || <span className="absent">publisher unknown</span>}</span>
          <span>{readingTime(article.words)} read</span>
          <span>
            <a href="#comments">{plural(article.comments.length, 'comment')}</a>
          </span>
        </p>
        {article.tags.length > 0 && (
          <ul className="tags" aria-label="Tags" data-pagefind-ignore="">
            {article.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        )}
      </header>

      {article.photo && (
        <figure className="photo" data-pagefind-ignore="all">
          <figcaption>
            {article.photo.caption}
            {article.photo.credit && <span className="credit"> Photo: {article.photo.credit}</span>}
          </figcaption>
        </figure>
      )}

      <div className="article-body">
        <ArticleBody blocks={article.body} />
      </div>

      <footer className="article-footer" data-pagefind-ignore="all">
        {article.copyright.length > 0 ? (
          article.copyright.map((line) => (
            <p key={line} className="copyright">
              {line}
            </p>
          ))
        ) : (
          <p className="copyright absent">No copyright notice in this version.</p>
        )}
        {others.length > 0 && (
          <nav aria-label="Other versions of this story" className="other-versions">
            <h2>Other versions of this story</h2>
            <ul>
              {others.map((other) => (
                <li key={other.id}>
                  <Link to={paths.article.to(other.id)}>{other.headline ?? other.label}</Link> (
                  {other.label}) ·{' '}
                  <Link to={paths.compare.to(article.id, other.id)}>
                    Compare with {other.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </footer>
    </article>
  );
}
