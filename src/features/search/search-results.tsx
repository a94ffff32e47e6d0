import { Link } from '../../shared/link.tsx';
import type { SearchState } from './use-search.ts';
import { countText } from '../../engine/count-text.ts';

/** What the search found (or why it shows nothing), as a list of links to the articles. */
export function SearchResults({ state, onPick }: { state: SearchState; onPick?: () => void }) {
  return (
    <>
      <p className="search-status" role="status">
        {statusText(state)}
      </p>
      {state.status === 'done' && state.hits.length > 0 && (
        <ol className="search-hits">
          {state.hits.map((hit) => (
            <li key={hit.id}>
              <Link to={hit.path} className="search-hit-title" onClick={onPick}>
                {hit.title}
              </Link>
              {hit.label && hit.label !== hit.title && (
                <span className="search-hit-label">{hit.label}</span>
              )}
              <p className="search-hit-excerpt">
                {hit.excerpt.map((part, i) =>
                  part.marked ? <mark key={i}>{part.text}</mark> : part.text,
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** One line for a screen reader and for the eye: how many, or what is going on. */
function statusText(state: SearchState): string {
  switch (state.status) {
    case 'idle':
      return 'Type words to search every story and version.';
    case 'loading':
      return 'Searching…';
    case 'unavailable':
      return 'Search is not available here: the index is made by the production build (npm run build).';
    case 'failed':
      return `Search stopped: ${state.message}. Try again, or reload the page.`;
    case 'done': {
      const { total, hits, query } = state;
      if (total === 0) return `No article matches “${query}”.`;
      const shown = hits.length < total ? `, the first ${countText(hits.length)} shown` : '';
      return `${countText(total)} ${total === 1 ? 'article matches' : 'articles match'} “${query}”${shown}.`;
    }
  }
}
