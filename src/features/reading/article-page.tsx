import './article.css';
import './meta-line.css';
import { Link } from '../../shared/link.tsx';
import type { ArticleSummary, LoadedArticle } from '../../domain/article.ts';
import { paths } from '../../shared/paths.ts';
import { ArticleBody } from './article-body.tsx';
import { ArticleHeader } from './article-header.tsx';
import { PhotoCaption } from './photo-caption.tsx';

/**
 * One version of a story: its header (see ArticleHeader), the photo caption, the body, the
 * copyright lines, and links to the other versions and the comparison. What the version does
 * not say is said plainly, never left as a gap.
 */
export function ArticlePage({
  article,
  others,
}: {
  article: LoadedArticle;
  others: readonly ArticleSummary[];
}) {
  const title = article.headline ?? article.label;
  return (
    <article className="article" aria-labelledby="article-title">
      <title>{`${title} · News Versions`}</title>
      <ArticleHeader article={article} commentCount={article.comments.length} others={others} />
      {article.photo && <PhotoCaption photo={article.photo} />}

      <div className="article-body">
        <ArticleBody blocks={article.body} />
      </div>

      <footer className="article-footer">
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
                  <Link to={paths.article.to(other.id)}>{other.headline ?? other.label}</Link>
                  {other.headline && ` (${other.label})`} ·{' '}
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
