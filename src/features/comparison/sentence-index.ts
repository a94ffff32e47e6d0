/**
 * Finding the rendered sentences of a pair or of sentence ids, for highlighting them.
 */
/**
 * The view shown: both modes stay mounted (compare-view.tsx) and the one not shown sits in a
 * wrapper with `hidden`, so lookups by sentence, row or id go to the shown one only. The
 * wrappers are siblings, walked from the first: a query for the one not hidden read every
 * element of the side view whenever the inline view was shown.
 */
export function shownView(root: ParentNode): HTMLElement | null {
  let view = root.querySelector<HTMLElement>('.cmp-view');
  while (view?.hidden) view = view.nextElementSibling as HTMLElement | null;
  return view;
}

/** What to mark: every sentence of a pair, or the sentences with these ids. */
export type HighlightTarget = { pair: number } | { sentences: readonly string[] };

export function targetFor(
  sentenceIds: readonly string[],
  pair: number | null,
): HighlightTarget | null {
  if (pair !== null) return { pair };
  return sentenceIds.length > 0 ? { sentences: sentenceIds } : null;
}

export interface SentenceIndex {
  /** Set when elements were added or removed under the root since the index was begun. */
  stale: boolean;
  /** Set once every sentence is in the maps (the index is built a slice at a time). */
  complete: boolean;
  observer: MutationObserver;
  /** Marks the index stale when `records` add or remove sentences. */
  absorb: (records: MutationRecord[]) => void;
  bySentence: Map<string, HTMLElement[]>;
  byPair: Map<string, HTMLElement[]>;
}
/** Each view's index, built in idle time by `sentence-index-build.ts` (long comparisons only). */
export const indexes = new WeakMap<HTMLElement, SentenceIndex>();

/**
 * Sentence elements by id and by pair, built once per rendered comparison: an attribute selector
 * walks the whole tree on every query, and with thousands of sentences a hover or a click made
 * several such walks. The index must not check a live list: every class toggled by a highlight
 * makes the browser recount a class-name list, which on 3,400 sentences cost 124 ms per click at
 * 4x CPU slowdown.
 *
 * It is built in idle time, a slice at a time (`warmSentenceIndex`), only for long comparisons
 * (its code loads with theirs; a short one's query walks a few hundred elements), never inside a
 * query: on the
 * lightly edited ×100 story, unfolding 8,406 sentences rebuilt it in one task of about 210 ms at
 * 4x (reading the attributes of 16,800 elements), right after the commit, because the selection
 * asked for its sentences. A query while the index is stale or unfinished walks the tree once
 * with a selector instead (a few ms).
 */
export function freshIndex(root: HTMLElement): SentenceIndex | null {
  const cached = indexes.get(root);
  // Records not yet delivered (sentences added in this very task, as a fold opens inside a chunk
  // that stays) are read now rather than after the query.
  if (cached && !cached.stale) cached.absorb(cached.observer.takeRecords());
  return cached && !cached.stale && cached.complete ? cached : null;
}

/** A selector for a target's sentences, for a query without the index. */
function selectorFor(target: HighlightTarget): string {
  if ('pair' in target) return `.cmp-s[data-pair="${target.pair}"]`;
  return target.sentences.map((id) => `.cmp-s[data-sid=${JSON.stringify(id)}]`).join(',');
}

/** The sentence elements of a target under `root`: from the index when it is ready. */
export function findSentences(root: HTMLElement, target: HighlightTarget | null): HTMLElement[] {
  if (!target) return [];
  const index = freshIndex(root);
  if (!index) {
    if ('sentences' in target && target.sentences.length === 0) return [];
    return [...root.querySelectorAll<HTMLElement>(selectorFor(target))];
  }
  if ('pair' in target) return index.byPair.get(String(target.pair)) ?? [];
  return target.sentences.flatMap((id) => index.bySentence.get(id) ?? []);
}
