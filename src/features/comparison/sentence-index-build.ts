/**
 * Builds a view's sentence index (`sentence-index.ts`) in idle time. Loaded with the code only
 * long comparisons use (`chunk-sizer.ts`): the index spares a query a walk of thousands of
 * sentences, and a short comparison's walk is of a few hundred. The map and its freshness check
 * come as arguments: importing them from the view's module would split it out of the route into
 * a file of its own.
 */
import type { SentenceIndex } from './sentence-index.ts';

type Indexes = WeakMap<HTMLElement, SentenceIndex>;

function beginIndex(root: HTMLElement, indexes: Indexes): SentenceIndex {
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
export function warmSentenceIndex(
  root: HTMLElement,
  indexes: Indexes,
  fresh: (root: HTMLElement) => SentenceIndex | null,
): () => void {
  if (fresh(root)) return () => undefined;
  const index = beginIndex(root, indexes);
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
