import { useEffect, useState } from 'react';
import { textBlocks, textBlockText } from '../../domain/body.ts';
import { paths } from '../../shared/paths.ts';
import { preloadArticle, useContentStore } from '../../store/content-store.ts';
import { excerptOf, type ExcerptPart } from './excerpt.ts';
import { openSearchIndex, type SearchIndex } from './search-index-client.ts';

export interface SearchHit {
  id: string;
  path: string;
  title: string;
  label: string | null;
  excerpt: ExcerptPart[];
}

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'failed'; message: string }
  | { status: 'done'; query: string; total: number; hits: SearchHit[] };

/** A pause in typing before a query runs: one search per pause, not per key. */
const PAUSE_MS = 150;

/** The index once `wanted` (then kept); null until its table has arrived. */
function useSearchIndex(wanted: boolean): SearchIndex | 'unavailable' | null {
  const [index, setIndex] = useState<SearchIndex | 'unavailable' | null>(null);
  const [started, setStarted] = useState(wanted);
  if (wanted && !started) setStarted(true);
  useEffect(() => {
    if (!started) return;
    let live = true;
    openSearchIndex().then(
      (opened) => live && setIndex(opened),
      // The dev server and a site built without its index have none: say so.
      () => live && setIndex('unavailable'),
    );
    return () => {
      live = false;
    };
  }, [started]);
  return index;
}

/** The hits for articles `ids` (loaded as the reader's click would load them), marking `words`. */
async function hitsOf(ids: readonly string[], words: ReadonlySet<string>): Promise<SearchHit[]> {
  await Promise.all(ids.map((id) => preloadArticle(id).catch(() => undefined)));
  const { articlesById, details } = useContentStore.getState();
  return ids.flatMap((id) => {
    const summary = articlesById[id];
    if (!summary) return [];
    const paragraphs = textBlocks(details[id]?.body ?? []).map(textBlockText);
    return [
      {
        id,
        path: paths.article.to(id),
        title: summary.headline ?? summary.label,
        label: summary.label,
        excerpt: excerptOf(paragraphs, (word) => words.has(word)),
      },
    ];
  });
}

/**
 * The first `limit` hits for `query` (trimmed; empty is idle). Typing runs one search per pause;
 * only the latest query's hits are shown, and only the hits shown are loaded (each article's
 * data, for its title and excerpt). The index loads with the first query, or at once with
 * `preload` (the header's panel: the reader has focused the box, so it is warm by the first word).
 */
export function useSearch(query: string, limit: number, preload = false): SearchState {
  const term = query.trim();
  const index = useSearchIndex(preload || term !== '');
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  useEffect(() => {
    if (index === null || index === 'unavailable' || term === '') return;
    let live = true;
    const timer = setTimeout(() => {
      void (async () => {
        try {
          const found = await index.find(term);
          const ids = await index.ids(found.ranked.slice(0, limit));
          const hits = await hitsOf(ids, found.words);
          if (live) setState({ status: 'done', query: term, total: found.ranked.length, hits });
        } catch (error) {
          if (live) setState({ status: 'failed', message: (error as Error).message });
        }
      })();
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [index, term, limit]);
  if (index === 'unavailable') return { status: 'unavailable' };
  if (term === '') return { status: 'idle' };
  // The last query's hits stay (they name their query) until the next one's arrive.
  if (index === null || state.status === 'idle' || state.status === 'loading')
    return { status: 'loading' };
  return state;
}
