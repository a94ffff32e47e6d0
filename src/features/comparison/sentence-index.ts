/**
 * Finding the rendered sentences of a pair or of sentence ids, for highlighting them.
 */
/** What to mark: every sentence of a pair, or the sentences with these ids. */
export type HighlightTarget = { pair: number } | { sentences: readonly string[] };

export function targetFor(
  sentenceIds: readonly string[],
  pair: number | null,
): HighlightTarget | null {
  if (pair !== null) return { pair };
  return sentenceIds.length > 0 ? { sentences: sentenceIds } : null;
}

interface SentenceIndex {
  /** Set when elements were added or removed under the root since the index was built. */
  stale: boolean;
  observer: MutationObserver;
  /** Marks the index stale when `records` add or remove sentences. */
  absorb: (records: MutationRecord[]) => void;
  bySentence: Map<string, HTMLElement[]>;
  byPair: Map<string, HTMLElement[]>;
}
const indexes = new WeakMap<HTMLElement, SentenceIndex>();

/**
 * Sentence elements by id and by pair, built once per rendered comparison: an attribute selector
 * walks the whole tree on every query, and with thousands of sentences a hover or a click made
 * several such walks. The index is rebuilt when elements come or go (a mutation observer says so;
 * its records not yet delivered are read before each query, for a change in this very task). It
 * must not check a live list: every class toggled by a highlight makes the browser recount a
 * class-name list, which on 3,400 sentences cost 124 ms per click at 4x CPU slowdown.
 */
function sentenceIndex(root: HTMLElement): SentenceIndex {
  const cached = indexes.get(root);
  // Records not yet delivered (sentences added in this very task, as a fold opens inside a chunk
  // that stays) are read now rather than after the query.
  if (cached && !cached.stale) cached.absorb(cached.observer.takeRecords());
  if (cached && !cached.stale) return cached;
  cached?.observer.disconnect();
  const elements = [...root.getElementsByClassName('cmp-s')];
  // Only sentences coming or going matter: the findings panel or a preview box re-rendering
  // under the same root leaves the index as it is.
  const absorb = (records: MutationRecord[]) => {
    const touched = (node: Node) =>
      node instanceof Element &&
      (node.classList.contains('cmp-s') || node.getElementsByClassName('cmp-s').length > 0);
    for (const record of records)
      if ([...record.addedNodes, ...record.removedNodes].some(touched)) {
        index.stale = true;
        observer.disconnect();
        return;
      }
  };
  const observer = new MutationObserver(absorb);
  const index: SentenceIndex = {
    stale: false,
    observer,
    absorb,
    bySentence: new Map(),
    byPair: new Map(),
  };
  const add = (map: Map<string, HTMLElement[]>, key: string | undefined, el: HTMLElement) => {
    if (key === undefined) return;
    const list = map.get(key);
    if (list) list.push(el);
    else map.set(key, [el]);
  };
  for (const el of elements) {
    if (!(el instanceof HTMLElement)) continue;
    add(index.bySentence, el.getAttribute('data-sid') ?? undefined, el);
    add(index.byPair, el.getAttribute('data-pair') ?? undefined, el);
  }
  observer.observe(root, { childList: true, subtree: true });
  indexes.set(root, index);
  return index;
}

/** Builds the index ahead of the first query (idle time after the sentences are rendered). */
export function warmSentenceIndex(root: HTMLElement): void {
  sentenceIndex(root);
}

/** The sentence elements of a target under `root`, through the cached index. */
export function findSentences(root: HTMLElement, target: HighlightTarget | null): HTMLElement[] {
  if (!target) return [];
  const index = sentenceIndex(root);
  if ('pair' in target) return index.byPair.get(String(target.pair)) ?? [];
  return target.sentences.flatMap((id) => index.bySentence.get(id) ?? []);
}
