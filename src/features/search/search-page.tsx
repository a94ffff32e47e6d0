import { useState, useSyncExternalStore, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Link } from '../../shared/link.tsx';
import { paths } from '../../shared/paths.ts';
import { SearchResults } from './search-results.tsx';
import { useSearch } from './use-search.ts';

/** Results per step of the search page ("Show more" adds as many). */
const PAGE_HITS = 20;

const subscribeNothing = () => () => undefined;

/**
 * `/search?q=…`: every result for the query. The build prerenders it without a query; with
 * JavaScript off it says plainly that search needs it (the index is read in the browser). The
 * server's render and the hydration of it are the same; the results come in the next render.
 */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const live = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    setParams(typeof q === 'string' && q.trim() ? { q: q.trim() } : {});
  };
  return (
    <section className="search-page" aria-labelledby="search-title">
      <title>{live && query ? `Search: ${query} · News Versions` : 'Search · News Versions'}</title>
      <h1 id="search-title" className="page-title">
        Search
      </h1>
      <form
        role="search"
        aria-label="This page"
        className="search-page-form"
        action={paths.search.to()}
        method="get"
        onSubmit={submit}
      >
        <label htmlFor="search-page-query">Words to find in every story and version</label>
        <input
          id="search-page-query"
          key={live ? query : ''}
          type="search"
          name="q"
          defaultValue={live ? query : ''}
          autoComplete="off"
        />
        <button type="submit">Search</button>
      </form>
      {live ? (
        <LiveResults key={query} query={query} />
      ) : (
        <p className="search-status">
          Search needs JavaScript: the index is read in your browser, and JavaScript is off or still
          loading. Every story is listed on the <Link to={paths.home.to()}>home page</Link>.
        </p>
      )}
    </section>
  );
}

function LiveResults({ query }: { query: string }) {
  const [limit, setLimit] = useState(PAGE_HITS);
  const state = useSearch(query, limit);
  return (
    <>
      <SearchResults state={state} />
      {state.status === 'done' && state.total > state.hits.length && (
        <button
          type="button"
          className="search-show-more"
          onClick={() => setLimit(limit + PAGE_HITS)}
        >
          Show {Math.min(PAGE_HITS, state.total - state.hits.length)} more
        </button>
      )}
    </>
  );
}
