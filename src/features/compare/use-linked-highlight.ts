/**
 * Hovering or focusing a sentence lights up its counterpart in the other column and brings it
 * into view; the selected change stays marked. Done by toggling classes on the rendered spans, so
 * pointer movement never re-renders thousands of sentences.
 */
import { useEffect, type RefObject } from 'react';
import { pauseScrollSync } from './use-scroll-sync.ts';

const LINKED = 'is-linked';
const SELECTED = 'is-selected';

function mark(root: HTMLElement, className: string, selector: string | null): HTMLElement[] {
  for (const el of root.querySelectorAll(`.${className}`)) el.classList.remove(className);
  if (!selector) return [];
  const found = [...root.querySelectorAll<HTMLElement>(selector)];
  for (const el of found) el.classList.add(className);
  return found;
}

/** A CSS selector for the sentences of a change id (`pair-3`, `only-L4`, or sentence ids). */
export function selectorFor(sentenceIds: readonly string[], pair: number | null): string | null {
  if (pair !== null) return `[data-pair="${pair}"]`;
  if (sentenceIds.length === 0) return null;
  return sentenceIds.map((id) => `[data-sid="${quoteAttr(id)}"]`).join(',');
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

export function useLinkedHighlight(
  rootRef: RefObject<HTMLElement | null>,
  selectedSelector: string | null,
) {
  // The selection: marked in both columns and scrolled into view in each.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const found = mark(root, SELECTED, selectedSelector);
    const seen = new Set<string>();
    for (const el of found) {
      const side = el.closest<HTMLElement>('[data-scroll]')?.dataset['scroll'] ?? '';
      if (seen.has(side)) continue;
      seen.add(side);
      revealInPane(el, true);
    }
  }, [rootRef, selectedSelector]);

  // Hover and focus: light up the counterpart and reveal it in the other column.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    // Hover reveals the counterpart after a short pause, so sweeping the pointer across the
    // text does not make the other column jump; focus reveals it at once.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current: HTMLElement | null = null;
    const onEnter = (event: Event) => {
      const target = (event.target as HTMLElement | null)?.closest<HTMLElement>('.cmp-s');
      if (!target || target === current) return;
      current = target;
      const pair = target.dataset['pair'];
      const selector =
        pair !== undefined
          ? `[data-pair="${pair}"]`
          : `[data-sid="${quoteAttr(target.dataset['sid'] ?? '')}"]`;
      const found = mark(root, LINKED, selector);
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
      mark(root, LINKED, null);
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

/** Escape a value for a double-quoted attribute selector. */
function quoteAttr(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
