import './list-pages.css';
import { Link } from '../../shared/link.tsx';
import { paths } from '../../shared/paths.ts';

/** The ways into the archive besides the newest stories: by tag, by publisher, by month. */
export function ArchiveNav() {
  return (
    <nav className="archive-nav" aria-label="Browse the archive">
      <span>Browse by</span>
      <Link to={paths.tags.index.to()}>tag</Link>
      <Link to={paths.publishers.index.to()}>publisher</Link>
      <Link to={paths.months.index.to()}>month</Link>
    </nav>
  );
}
