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
 * Every position is read before anything is written, so the browser lays the text out once.
 * Returns whether the column scrolled.
 */
export function revealInPane(el: HTMLElement, page = false): boolean {
  const pane = el.closest<HTMLElement>('[data-scroll]');
  if (!pane || pane.offsetParent === null) return false;
  const box = el.getBoundingClientRect();
  const frame = pane.getBoundingClientRect();
  const visible = box.top >= frame.top && box.bottom <= frame.bottom;
  let shift = 0;
  if (!visible) {
    const target = Math.max(0, box.top - frame.top + pane.scrollTop - pane.clientHeight / 3);
    shift = target - pane.scrollTop;
    pauseScrollSync();
    pane.scrollTo({ top: target });
  }
  if (page) {
    // Where the sentence now stands in the window, worked out rather than measured again.
    const top = box.top - shift;
    if (box.height > 0 && (top + box.height > window.innerHeight || top < 0))
      window.scrollBy({ top: top - window.innerHeight / 3 });
  }
  return !visible;
}

/**
 * Reveal the first of `elements` in each column, one column per frame: a far jump makes the
 * browser lay out and paint the text around the new place, and doing it for both columns in one
 * frame was the longest task left in the view (about 100 ms for a chosen finding on 3,400
 * sentences at 4x CPU slowdown). A column that does not move costs nothing and does not wait.
 * Returns a function that cancels what has not been done yet.
 */
export function revealInPanes(elements: readonly HTMLElement[], page = false): () => void {
  const seen = new Set<Element | null>();
  const queue = elements.filter((el) => {
    const pane = el.closest('[data-scroll]');
    if (seen.has(pane)) return false;
    seen.add(pane);
    return true;
  });
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const next = () => {
    for (let el = queue.shift(); el; el = queue.shift()) {
      if (!revealInPane(el, page) || queue.length === 0) continue;
      // After the frame that shows this column's move, in a task of its own.
      frame = requestAnimationFrame(() => {
        timer = setTimeout(next, 0);
      });
      return;
    }
  };
  next();
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
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
    const found = findSentences(root, selected);
    const cancel = revealInPanes(found, true);
    mark([], SELECTED, found);
    return () => {
      cancel();
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
    let cancel = () => {};
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
        cancel = revealInPanes(found.filter((el) => el !== target));
      };
      clearTimeout(timer);
      cancel();
      if (event.type === 'focusin') reveal();
      else timer = setTimeout(reveal, 200);
    };
    const onLeave = (event: Event) => {
      const target = (event.target as HTMLElement | null)?.closest('.cmp-s');
      if (!target) return;
      clearTimeout(timer);
      cancel();
      current = null;
      linked = mark(linked, LINKED, []);
    };
    root.addEventListener('mouseover', onEnter);
    root.addEventListener('focusin', onEnter);
    root.addEventListener('mouseout', onLeave);
    root.addEventListener('focusout', onLeave);
    return () => {
      clearTimeout(timer);
      cancel();
      root.removeEventListener('mouseover', onEnter);
      root.removeEventListener('focusin', onEnter);
      root.removeEventListener('mouseout', onLeave);
      root.removeEventListener('focusout', onLeave);
    };
  }, [rootRef]);
}
