/**
 * Hovering or focusing a sentence lights up its counterpart in the other column and brings it
 * into view; the selected change stays marked. Done by toggling classes on the rendered spans, so
 * pointer movement never re-renders thousands of sentences.
 */
import { useEffect, type RefObject } from 'react';
import { findSentences, warmSentenceIndex, type HighlightTarget } from './sentence-index.ts';
import { pauseScrollSync } from './use-scroll-sync.ts';

const LINKED = 'is-linked';
const SELECTED = 'is-selected';

/** Moves `className` from the elements that had it to `next`; returns `next`. */
function mark(previous: readonly HTMLElement[], className: string, next: HTMLElement[]) {
  for (const el of previous) el.classList.remove(className);
  for (const el of next) el.classList.add(className);
  return next;
}

/**
 * Bring `el` into view inside its own column; with `page`, also scroll the page when the column
 * itself reaches below the window (a selection must be seen; a hover never moves the page).
 */
export function revealInPane(el: HTMLElement, page = false): void {
  const pane = el.closest<HTMLElement>('[data-scroll]');
  if (!pane || pane.offsetParent === null) return;
  const top = el.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
  const visible =
    el.getBoundingClientRect().top >= pane.getBoundingClientRect().top &&
    el.getBoundingClientRect().bottom <= pane.getBoundingClientRect().bottom;
  if (!visible) {
    pauseScrollSync();
    pane.scrollTo({ top: Math.max(0, top - pane.clientHeight / 3) });
  }
  if (page) {
    const box = el.getBoundingClientRect();
    if (box.height > 0 && (box.bottom > window.innerHeight || box.top < 0))
      window.scrollBy({ top: box.top - window.innerHeight / 3 });
  }
}

/**
 * `selected` must keep its identity while the selection is the same (memoise it), and `layout`
 * names what is rendered (the mode), so the marks are put back when the sentences are re-created.
 */
export function useLinkedHighlight(
  rootRef: RefObject<HTMLElement | null>,
  selected: HighlightTarget | null,
  layout: string,
) {
  // The sentence index is built while the browser is idle after the sentences are rendered, so
  // the reader's first hover or click does not pay for it (about 100 ms on 3,400 sentences at
  // 4x CPU slowdown).
  useEffect(() => {
    const root = rootRef.current;
    if (!root || typeof requestIdleCallback !== 'function') return;
    const id = requestIdleCallback(() => warmSentenceIndex(root), { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, [rootRef, layout]);

  // The selection: marked in both columns and scrolled into view in each.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const found = mark([], SELECTED, findSentences(root, selected));
    const seen = new Set<string>();
    for (const el of found) {
      const side = el.closest<HTMLElement>('[data-scroll]')?.dataset['scroll'] ?? '';
      if (seen.has(side)) continue;
      seen.add(side);
      revealInPane(el, true);
    }
    return () => {
      mark(found, SELECTED, []);
    };
  }, [rootRef, selected, layout]);

  // Hover and focus: light up the counterpart and reveal it in the other column.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    // Hover reveals the counterpart after a short pause, so sweeping the pointer across the
    // text does not make the other column jump; focus reveals it at once.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current: HTMLElement | null = null;
    let linked: HTMLElement[] = [];
    const onEnter = (event: Event) => {
      const target = (event.target as HTMLElement | null)?.closest<HTMLElement>('.cmp-s');
      if (!target || target === current) return;
      current = target;
      const pair = target.dataset['pair'];
      const found = findSentences(
        root,
        pair !== undefined ? { pair: Number(pair) } : { sentences: [target.dataset['sid'] ?? ''] },
      );
      linked = mark(linked, LINKED, found);
      const reveal = () => {
        for (const el of found) if (el !== target) revealInPane(el);
      };
      clearTimeout(timer);
      if (event.type === 'focusin') reveal();
      else timer = setTimeout(reveal, 200);
    };
    const onLeave = (event: Event) => {
      const target = (event.target as HTMLElement | null)?.closest('.cmp-s');
      if (!target) return;
      clearTimeout(timer);
      current = null;
      linked = mark(linked, LINKED, []);
    };
    root.addEventListener('mouseover', onEnter);
    root.addEventListener('focusin', onEnter);
    root.addEventListener('mouseout', onLeave);
    root.addEventListener('focusout', onLeave);
    return () => {
      clearTimeout(timer);
      root.removeEventListener('mouseover', onEnter);
      root.removeEventListener('focusin', onEnter);
      root.removeEventListener('mouseout', onLeave);
      root.removeEventListener('focusout', onLeave);
    };
  }, [rootRef]);
}
