import './list-pages.css';
import { Link } from '../../shared/link.tsx';

/**
 * Where a page sits in its list, and the way to the pages either side: "Page 2 of 57" between
 * "Previous page" and "Next page" links, plus `<link rel="prev">` / `<link rel="next">`, which
 * React puts in the document head (the build writes them into the prerendered head too).
 * Nothing for a list of one page.
 */
export function Pager({
  page,
  pages,
  hrefOf,
  label,
}: {
  page: number;
  pages: number;
  /** The address of page n of this list. */
  hrefOf: (page: number) => string;
  /** What the navigation is called, e.g. "Pages of stories tagged “weather”". */
  label: string;
}) {
  if (pages <= 1) return null;
  const previous = page > 1 ? hrefOf(page - 1) : null;
  const next = page < pages ? hrefOf(page + 1) : null;
  return (
    <nav className="pager" aria-label={label}>
      {previous && <link rel="prev" href={previous} />}
      {next && <link rel="next" href={next} />}
      {previous ? (
        <Link to={previous} rel="prev">
          ← Previous page
        </Link>
      ) : (
        <span aria-hidden="true" className="pager-end">
          ← Previous page
        </span>
      )}
      <span className="pager-where">
        Page {page} of {pages}
      </span>
      {next ? (
        <Link to={next} rel="next">
          Next page →
        </Link>
      ) : (
        <span aria-hidden="true" className="pager-end">
          Next page →
        </span>
      )}
    </nav>
  );
}
