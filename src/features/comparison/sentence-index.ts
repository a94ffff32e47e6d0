/**
 * Finding the rendered sentences of a pair or of sentence ids, for highlighting them.
 */
/**
 * The view shown: both modes stay mounted (compare-view.tsx) and the one not shown sits in a
 * wrapper with `hidden`, so lookups by sentence, row or id go to the shown one only.
 */
export function shownView(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>('.cmp-view:not([hidden])');
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

interface SentenceIndex {
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
const indexes = new WeakMap<HTMLElement, SentenceIndex>();

/**
 * Sentence elements by id and by pair, built once per rendered comparison: an attribute selector
 * walks the whole tree on every query, and with thousands of sentences a hover or a click made
 * several such walks. The index must not check a live list: every class toggled by a highlight
 * makes the browser recount a class-name list, which on 3,400 sentences cost 124 ms per click at
 * 4x CPU slowdown.
 *
 * It is built in idle time, a slice at a time (`warmSentenceIndex`), never inside a query: on the
 * lightly edited ×100 story, unfolding 8,406 sentences rebuilt it in one task of about 210 ms at
 * 4x (reading the attributes of 16,800 elements), right after the commit, because the selection
 * asked for its sentences. A query while the index is stale or unfinished walks the tree once
 * with a selector instead (a few ms).
 */
function freshIndex(root: HTMLElement): SentenceIndex | null {
  const cached = indexes.get(root);
  // Records not yet delivered (sentences added in this very task, as a fold opens inside a chunk
  // that stays) are read now rather than after the query.
  if (cached && !cached.stale) cached.absorb(cached.observer.takeRecords());
  return cached && !cached.stale && cached.complete ? cached : null;
}

function beginIndex(root: HTMLElement): SentenceIndex {
  indexes.get(root)?.observer.disconnect();
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
    complete: false,
    observer,
    absorb,
    bySentence: new Map(),
    byPair: new Map(),
  };
  observer.observe(root, { childList: true, subtree: true });
  indexes.set(root, index);
  return index;
}

function add(map: Map<string, HTMLElement[]>, key: string | null, el: HTMLElement): void {
  if (key === null) return;
  const list = map.get(key);
  if (list) list.push(el);
  else map.set(key, [el]);
}

/** How many sentences are indexed between two looks at the idle deadline. */
const SLICE = 200;

/**
 * Builds the index in idle time, a slice at a time while the browser has time to spare, after
 * the sentences are rendered; a change of the sentences meanwhile starts it again next time.
 * Returns the cancel function. Without `requestIdleCallback` (tests), builds it at once.
 */
export function warmSentenceIndex(root: HTMLElement): () => void {
  if (freshIndex(root)) return () => undefined;
  const index = beginIndex(root);
  // A live collection read by position, not copied: copying 16,800 elements was a cost itself.
  const elements = root.getElementsByClassName('cmp-s');
  let at = 0;
  const step = (deadline?: IdleDeadline) => {
    index.absorb(index.observer.takeRecords());
    if (index.stale) return;
    do {
      const end = Math.min(at + SLICE, elements.length);
      for (; at < end; at++) {
        const el = elements[at];
        if (!(el instanceof HTMLElement)) continue;
        add(index.bySentence, el.getAttribute('data-sid'), el);
        add(index.byPair, el.getAttribute('data-pair'), el);
      }
    } while (at < elements.length && (!deadline || deadline.timeRemaining() > 2));
    if (at >= elements.length) index.complete = true;
    else id = requestIdleCallback(step);
  };
  if (typeof requestIdleCallback !== 'function') {
    step();
    return () => undefined;
  }
  let id = requestIdleCallback(step);
  return () => cancelIdleCallback(id);
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
