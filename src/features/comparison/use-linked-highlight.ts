/**
 * Hovering or focusing a sentence lights up its counterpart (level with it, in the same row);
 * the selected change stays marked and is scrolled into view on the page. Done by toggling
 * classes on the rendered spans, so pointer movement never re-renders thousands of sentences.
 */
import { useEffect, useRef, type RefObject } from 'react';
import {
  findSentences,
  freshIndex,
  indexes,
  shownView,
  type HighlightTarget,
} from './sentence-index.ts';
import { stickyBottom } from './reader-place.ts';
import { loadChunkSizer, mountNow } from './use-chunk-sizes.ts';

const LINKED = 'is-linked';
const SELECTED = 'is-selected';

/** Moves `className` from the elements that had it to `next`; returns `next`. */
function mark(previous: readonly HTMLElement[], className: string, next: HTMLElement[]) {
  for (const el of previous) el.classList.remove(className);
  for (const el of next) el.classList.add(className);
  return next;
}

/**
 * Scrolls the page so the first shown element stands a third of the way down, unless it is
 * already in view below the sticky toolbar (`scroll-margin-top` in compare.css leaves room for
 * it). Elements not shown (the other version's cell on a phone) are skipped.
 */
export function revealInPage(elements: readonly HTMLElement[], stickyBottom: number): void {
  const el = elements.find((e) => e.getClientRects().length > 0);
  if (!el) return;
  const box = el.getBoundingClientRect();
  if (box.top >= stickyBottom && box.bottom <= window.innerHeight) return;
  window.scrollBy({ top: box.top - stickyBottom - (window.innerHeight - stickyBottom) / 3 });
}

/**
 * `selected` must keep its identity while the selection is the same (memoise it), and `layout`
 * names what is rendered (order, folds), so the marks are put back when the sentences are
 * re-created. `mode` names the view shown: both stay mounted, and a switch re-creates nothing,
 * so the marks are put on the view that comes into sight (without moving the page: the reader's
 * place is kept, see use-compare-state.ts).
 */
export function useLinkedHighlight(
  rootRef: RefObject<HTMLElement | null>,
  selected: HighlightTarget | null,
  layout: unknown,
  mode: string,
) {
  // The sentence index (one per view) is built while the browser is idle after the sentences
  // are rendered, so the reader's first hover or click does not pay for it.
  // Long comparisons only (short ones' queries walk a few hundred elements): the code that builds
  // it loads with theirs.
  useEffect(() => {
    const view = rootRef.current && shownView(rootRef.current);
    if (!view?.closest('.cmp-long')) return;
    let cancel: (() => void) | undefined;
    let live = true;
    loadChunkSizer().then(
      (code) => live && (cancel = code.warmSentenceIndex(view, indexes, freshIndex)),
      () => undefined,
    );
    return () => {
      live = false;
      cancel?.();
    };
  }, [rootRef, layout, mode]);

  // The selection: marked in the view shown and brought into view (in the next frame, after the
  // render that may have unfolded it); a switch of mode alone only marks it.
  const revealed = useRef<{ selected: unknown; layout: unknown } | null>(null);
  useEffect(() => {
    const view = rootRef.current && shownView(rootRef.current);
    if (!view) return;
    let found = findSentences(view, selected);
    mark([], SELECTED, found);
    const last = revealed.current;
    if (last && last.selected === selected && last.layout === layout)
      return () => mark(found, SELECTED, []);
    const root = rootRef.current ?? view;
    const frame = requestAnimationFrame(() => {
      revealed.current = { selected, layout };
      // In a chunk still waiting to mount (`useLongChunks`): mounted now, then marked.
      if (found.length === 0 && selected && mountNow(view, selected))
        found = mark([], SELECTED, findSentences(view, selected));
      revealInPage(found, stickyBottom(root));
    });
    // On a hard load the text above can still grow after the first frame (fonts, the verdict's
    // details): look once more when layout has settled; in view already, nothing moves.
    const settle = setTimeout(() => revealInPage(found, stickyBottom(root)), 300);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(settle);
      mark(found, SELECTED, []);
    };
  }, [rootRef, selected, layout, mode]);

  // Hover and focus: light up the counterpart.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let current: HTMLElement | null = null;
    let linked: HTMLElement[] = [];
    const onEnter = (event: Event) => {
      const target = (event.target as HTMLElement | null)?.closest<HTMLElement>('.cmp-s');
      if (!target || target === current) return;
      current = target;
      const pair = target.dataset['pair'];
      // A pair stands in one row side by side, and is one sentence inline: its counterpart is
      // looked for there. Looked for in the whole view, it walked 30,000 elements (30 ms at 4x
      // CPU slowdown) whenever the view's index was stale, as right after a mode switch or a
      // fold under a resting pointer.
      const scope =
        target.closest<HTMLElement>('[data-row], .cmp-para') ??
        target.closest<HTMLElement>('.cmp-view') ??
        root;
      const found = findSentences(
        scope,
        pair !== undefined ? { pair: Number(pair) } : { sentences: [target.dataset['sid'] ?? ''] },
      );
      linked = mark(linked, LINKED, found);
    };
    const onLeave = (event: Event) => {
      if (!(event.target as HTMLElement | null)?.closest('.cmp-s')) return;
      current = null;
      linked = mark(linked, LINKED, []);
    };
    root.addEventListener('mouseover', onEnter);
    root.addEventListener('focusin', onEnter);
    root.addEventListener('mouseout', onLeave);
    root.addEventListener('focusout', onLeave);
    return () => {
      root.removeEventListener('mouseover', onEnter);
      root.removeEventListener('focusin', onEnter);
      root.removeEventListener('mouseout', onLeave);
      root.removeEventListener('focusout', onLeave);
    };
  }, [rootRef]);
}
