/**
 * Finding the rendered sentences of a pair or of sentence ids, for highlighting and scroll sync.
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
  /** The live list the index was built from, and its length then: a re-render invalidates it. */
  live: HTMLCollectionOf<Element>;
  size: number;
  first: Element | undefined;
  bySentence: Map<string, HTMLElement[]>;
  byPair: Map<string, HTMLElement[]>;
}
const indexes = new WeakMap<HTMLElement, SentenceIndex>();

/**
 * Sentence elements by id and by pair, built once per rendered comparison: an attribute selector
 * walks the whole tree on every query, and with thousands of sentences a hover or a click made
 * several such walks. The index is rebuilt when the rendered set changes.
 */
function sentenceIndex(root: HTMLElement): SentenceIndex {
  const cached = indexes.get(root);
  if (
    cached &&
    cached.live.length === cached.size &&
    cached.live[0] === cached.first &&
    (cached.first?.isConnected ?? true)
  )
    return cached;
  const live = root.getElementsByClassName('cmp-s');
  const index: SentenceIndex = {
    live,
    size: live.length,
    first: live[0],
    bySentence: new Map(),
    byPair: new Map(),
  };
  const add = (map: Map<string, HTMLElement[]>, key: string | undefined, el: HTMLElement) => {
    if (key === undefined) return;
    const list = map.get(key);
    if (list) list.push(el);
    else map.set(key, [el]);
  };
  for (const el of live) {
    if (!(el instanceof HTMLElement)) continue;
    add(index.bySentence, el.dataset['sid'], el);
    add(index.byPair, el.dataset['pair'], el);
  }
  indexes.set(root, index);
  return index;
}

/** The sentence elements of a target under `root`, through the cached index. */
export function findSentences(root: HTMLElement, target: HighlightTarget | null): HTMLElement[] {
  if (!target) return [];
  const index = sentenceIndex(root);
  if ('pair' in target) return index.byPair.get(String(target.pair)) ?? [];
  return target.sentences.flatMap((id) => index.bySentence.get(id) ?? []);
}
