import { memo } from 'react';
import { Link } from '../../shared/link.tsx';
import type { ArticleSummary } from '../../domain/article.ts';
import { formatDay } from '../../shared/format.ts';
import { paths } from '../../shared/paths.ts';

/**
 * A column's heading: the version's label (linking to it), its source and its date, or says they
 * are unknown. Memoised: the rows view re-renders on every slice of a long unfold, and the heads'
 * link and date were about 10 ms of each at 4x CPU slowdown.
 */
export const VersionHead = memo(function VersionHead({ article }: { article: ArticleSummary }) {
  const source =
    [article.publisher, article.agency].filter(Boolean).join(' · ') || 'Publisher unknown';
  return (
    <>
      <h2 className="cmp-version-label">
        <Link to={paths.article.to(article.id)}>{article.label}</Link>
      </h2>
      <p className="cmp-version-meta">
        {source} ·{' '}
        {article.date ? (
          <time dateTime={article.date}>{formatDay(article.date)}</time>
        ) : (
          'date unknown'
        )}
      </p>
    </>
  );
});
