import { Link } from '../../shared/link.tsx';
import type { ArticleSummary } from '../../domain/article.ts';
import { monthOf, slugify } from '../../domain/listing.ts';
import { formatDay, plural, readingTime } from '../../shared/format.ts';
import { paths } from '../../shared/paths.ts';
import { bestSource, listOf, missingFacts } from './provenance.ts';

/**
 * The head of an article: kicker, headline, byline and one meta line of the facts the version
 * gives (nothing for what it lacks: the provenance line says that once), then a line that leads
 * to the comparison with the story's other versions.
 */
export function ArticleHeader({
  article,
  commentCount,
  others,
}: {
  article: ArticleSummary;
  commentCount: number;
  others: readonly ArticleSummary[];
}) {
  const facts = [
    article.dateline,
    // The date and the publisher lead to their lists: the month's stories, the publisher's.
    article.date && (
      <Link key="date" to={paths.months.group.to(monthOf(article.date))}>
        <time dateTime={article.date}>{formatDay(article.date)}</time>
      </Link>
    ),
    article.publisher && (
      <Link key="publisher" to={paths.publishers.group.to(slugify(article.publisher))}>
        {article.publisher}
      </Link>
    ),
    article.agency,
    `${readingTime(article.words)} read`,
    <a key="comments" href="#comments">
      {plural(commentCount, 'comment')}
    </a>,
  ].filter(Boolean);
  return (
    <header className="article-header">
      <p className="kicker">
        {article.section && <span className="section">{article.section}</span>}
        <span className="version-tag">{article.label}</span>
      </p>
      <h1 id="article-title">{article.headline ?? article.label}</h1>
      <div>
        <ProvenanceLine article={article} others={others} />
      </div>
      {article.byline && <p className="byline">By {article.byline}</p>}
      <p className="meta-line">
        {facts.map((fact, i) => (
          <span key={i}>{fact}</span>
        ))}
      </p>
      {article.tags.length > 0 && (
        <ul className="tags" aria-label="Tags">
          {article.tags.map((tag) => (
            <li key={tag}>
              <Link to={paths.tags.group.to(slugify(tag))}>{tag}</Link>
            </li>
          ))}
        </ul>
      )}
      <div>
        <VersionsLine article={article} others={others} />
      </div>
    </header>
  );
}

/** One line for every provenance fact the version lacks, pointing to the version that has them. */
function ProvenanceLine({
  article,
  others,
}: {
  article: ArticleSummary;
  others: readonly ArticleSummary[];
}) {
  const missing = missingFacts(article);
  if (missing.length === 0) return null;
  const best = bestSource(missing, others);
  return (
    <p className="provenance-line">
      This version gives no {listOf(missing, 'disjunction')}
      {!article.headline && ' (it is shown by its label)'}.
      {best && (
        <>
          {' '}
          The <Link to={paths.article.to(best.version.id)}>{best.version.label}</Link> gives{' '}
          {best.gives.length === missing.length
            ? best.gives.length === 1
              ? 'it'
              : 'them'
            : `the ${listOf(best.gives, 'conjunction')}`}
          .
        </>
      )}
    </p>
  );
}

/** Near the top: the story has other versions, and each comparison is one click away. */
function VersionsLine({
  article,
  others,
}: {
  article: ArticleSummary;
  others: readonly ArticleSummary[];
}) {
  if (others.length === 0) return null;
  return (
    <nav className="versions-line" aria-label="Compare versions">
      <span>
        {others.length === 1
          ? 'This story has another version.'
          : `This story has ${others.length} other versions.`}
      </span>
      {others.map((other) => (
        <Link key={other.id} to={paths.compare.to(article.id, other.id)}>
          Compare with the {other.label}
        </Link>
      ))}
    </nav>
  );
}
