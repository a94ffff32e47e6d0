import { useEffect, useState } from 'react';
import { loadPagefind, resultPath, type Pagefind } from './pagefind.ts';

export interface SearchHit {
  id: string;
  path: string;
  title: string;
  label: string | null;
  excerpt: string;
}

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'done'; query: string; total: number; hits: SearchHit[] };

/** Pagefind once `wanted` (then kept); null until it has arrived. */
function usePagefind(wanted: boolean): Pagefind | 'unavailable' | null {
  const [pagefind, setPagefind] = useState<Pagefind | 'unavailable' | null>(null);
  const [started, setStarted] = useState(wanted);
  if (wanted && !started) setStarted(true);
  useEffect(() => {
    if (!started) return;
    let live = true;
    loadPagefind().then(
      (loaded) => live && setPagefind(loaded),
      // The dev server and a site built without its index have no /pagefind/: say so.
      () => live && setPagefind('unavailable'),
    );
    return () => {
      live = false;
    };
  }, [started]);
  return pagefind;
}

/**
 * The first `limit` hits for `query` (trimmed; empty is idle). Typing runs one search per pause
 * (Pagefind's own debounce); only the latest query's hits are shown, and each hit's excerpt is
 * fetched only for the hits shown (Pagefind loads one fragment file per hit). Pagefind itself
 * loads with the first query, or at once with `preload` (the header's panel: the reader has
 * focused the box, so the index is warm by the first word).
 */
export function useSearch(query: string, limit: number, preload = false): SearchState {
  const term = query.trim();
  const pagefind = usePagefind(preload || term !== '');
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  useEffect(() => {
    if (pagefind === null || pagefind === 'unavailable' || term === '') return;
    let live = true;
    void (async () => {
      const search = await pagefind.debouncedSearch(term, {}, 150);
      if (!search || !live) return;
      const data = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
      if (!live) return;
      const hits = data.map((d, i) => ({
        id: search.results[i]?.id ?? d.url,
        path: resultPath(d.url),
        title: d.meta.title ?? resultPath(d.url),
        label: d.meta.label ?? null,
        excerpt: d.excerpt,
      }));
      setState({ status: 'done', query: term, total: search.results.length, hits });
    })();
    return () => {
      live = false;
    };
  }, [pagefind, term, limit]);
  if (pagefind === 'unavailable') return { status: 'unavailable' };
  if (term === '') return { status: 'idle' };
  if (pagefind === null || state.status !== 'done') return { status: 'loading' };
  return state;
}
