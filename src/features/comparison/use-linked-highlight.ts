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

/** How to bring a sentence into view: where its column scrolls to, and by how much the page. */
interface Reveal {
  pane: HTMLElement;
  top: number | null;
  pageBy: number | null;
}

/**
 * Where `el`'s column must scroll to show it, a third of the way down; with `page`, also how far
 * the page must scroll when the column itself reaches below the window (a selection must be
 * seen; a hover never moves the page). Reads positions only; null for a column not shown.
 */
function planReveal(el: HTMLElement, page: boolean): Reveal | null {
  const pane = el.closest<HTMLElement>('[data-scroll]');
  if (!pane || pane.offsetParent === null) return null;
  const box = el.getBoundingClientRect();
  const frame = pane.getBoundingClientRect();
  const visible = box.top >= frame.top && box.bottom <= frame.bottom;
  // As far as the column can scroll: near its end the sentence stays lower than a third.
  const top = visible
    ? null
    : Math.min(
        pane.scrollHeight - pane.clientHeight,
        Math.max(0, box.top - frame.top + pane.scrollTop - pane.clientHeight / 3),
      );
  let pageBy: number | null = null;
  if (page) {
    // Where the sentence will stand in the window once its column has scrolled.
    const at = box.top - (top === null ? 0 : top - pane.scrollTop);
    if (box.height > 0 && (at + box.height > window.innerHeight || at < 0))
      pageBy = at - window.innerHeight / 3;
  }
  return { pane, top, pageBy };
}

function applyReveal({ pane, top, pageBy }: Reveal): void {
  if (top !== null) {
    pauseScrollSync();
    pane.scrollTo({ top });
  }
  if (pageBy !== null) window.scrollBy({ top: pageBy });
}

/** Is `el` in text the browser skips for now (out of view, `content-visibility: auto`)? */
const skipped = (el: HTMLElement) =>
  typeof el.checkVisibility === 'function' && !el.checkVisibility({ contentVisibilityAuto: true });

/**
 * Reveal the first of `elements` in each column, one column per frame: a far jump makes the
 * browser lay out and paint the text around the new place, and doing it for both columns in one
 * frame was the longest task left in the view (about 100 ms for a chosen finding on 3,400
 * sentences at 4x CPU slowdown). Where the sentence is in text not laid out yet, measuring it
 * lays out its group of paragraphs (15-25 ms at 4x), so the scroll, whose frame lays out and
 * paints the groups around it, waits for the frame after. A column that does not move costs
 * nothing and does not wait. Returns a function that cancels what has not been done yet.
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
  const afterFrames = (count: number, then: () => void) => {
    frame = requestAnimationFrame(() => (count > 1 ? afterFrames(count - 1, then) : then()));
  };
  const next = () => {
    for (let el = queue.shift(); el; el = queue.shift()) {
      const far = skipped(el);
      const plan = planReveal(el, page);
      if (!plan) continue;
      if (plan.top === null) {
        applyReveal(plan);
        continue;
      }
      const scroll = () => {
        applyReveal(plan);
        // The next column after the frame that shows this one's move, in a task of its own.
        if (queue.length > 0) afterFrames(1, () => (timer = setTimeout(next, 0)));
      };
      if (far) afterFrames(2, scroll);
      else scroll();
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
