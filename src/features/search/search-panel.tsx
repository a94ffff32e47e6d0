import { Link } from '../../shared/link.tsx';
import { paths } from '../../shared/paths.ts';
import { SearchResults } from './search-results.tsx';
import { useSearch } from './use-search.ts';

/** Hits shown under the header's box while typing; the search page shows more. */
const PANEL_HITS = 6;

/**
 * The live results under the header's search box, in their own chunk: loaded (with the search index)
 * when the reader focuses the box or types, never with a page.
 */
export default function SearchPanel({ query, onPick }: { query: string; onPick: () => void }) {
  const state = useSearch(query, PANEL_HITS, true);
  return (
    <div className="search-panel" id="search-panel">
      <SearchResults state={state} onPick={onPick} />
      {state.status === 'done' && state.total > state.hits.length && (
        <p className="search-more">
          <Link to={paths.search.to(state.query)} onClick={onPick}>
            All {state.total} results
          </Link>
        </p>
      )}
    </div>
  );
}
