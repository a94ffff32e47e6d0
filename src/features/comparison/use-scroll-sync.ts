/**
 * Keeps the other column on the counterpart of what is at the top of the column being scrolled.
 * The first sentence whose bottom is below the column's top is the reader's place; the first
 * paired sentence from there on is lined up at the same height in the other column. Scrolls the
 * code makes are ignored for a moment, so the two columns never chase each other. In a long
 * comparison, text coming into view is laid out a frame or two late and may move what was lined
 * up, so the line-up is checked again for a few frames, until the reader takes a column in hand.
 */
import { useEffect, type RefObject } from 'react';
import { findSentences } from './sentence-index.ts';

let pausedUntil = 0;

/** Frames after a scroll in which the columns are lined up again (see below). */
const SETTLE_FRAMES = 4;

/**
 * Scrolls made on purpose elsewhere (revealing a counterpart) must not drag the other column.
 * The pause lasts until that scroll has ended (`scrollend`), or `ms` at most: on a slow device
 * the scroll events of a programmatic scroll can arrive well after a fixed short delay.
 */
export function pauseScrollSync(ms = 1000): void {
  pausedUntil = performance.now() + ms;
}

/** `el`'s distance from the top of the content of `pane` (a positioned ancestor). */
function topIn(el: HTMLElement, pane: HTMLElement): number {
  let top = 0;
  for (let e: Element | null = el; e instanceof HTMLElement && e !== pane; e = e.offsetParent)
    top += e.offsetTop;
  return top;
}

/** The paragraph after `p` in its column, across groups and chunks (see side-pane.tsx). */
function nextParagraph(p: Element): Element | null {
  if (p.nextElementSibling) return p.nextElementSibling;
  const group = p.parentElement;
  const next =
    group?.nextElementSibling ?? group?.parentElement?.nextElementSibling?.firstElementChild;
  return next?.firstElementChild ?? null;
}

export function useScrollSync(
  left: RefObject<HTMLElement | null>,
  right: RefObject<HTMLElement | null>,
  enabled: boolean,
) {
  useEffect(() => {
    const panes = [left.current, right.current];
    if (!enabled || !panes[0] || !panes[1]) return;
    let ignoreUntil = 0;
    let frame = 0;
    let settling = 0;

    const align = (from: HTMLElement, to: HTMLElement) => {
      // Binary search on offsets for the first chunk, then group, then paragraph that reaches
      // below the top of the column (text out of view is never laid out); then look at the
      // sentences of the next few paragraphs only.
      const below = (el: HTMLElement | undefined) =>
        el !== undefined && topIn(el, from) + el.offsetHeight > from.scrollTop;
      const first = (parent: Element | undefined, selector: string) => {
        const list = parent?.querySelectorAll<HTMLElement>(selector) ?? [];
        let lo = 0;
        let hi = list.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (below(list[mid])) hi = mid;
          else lo = mid + 1;
        }
        return list[lo];
      };
      const chunk = first(from, ':scope > .cmp-chunk');
      const group = first(chunk, ':scope > .cmp-group');
      const paragraphs: Element[] = [];
      for (
        let p: Element | null = first(group, ':scope > .cmp-para') ?? null;
        p && paragraphs.length < 20;
        p = nextParagraph(p)
      )
        paragraphs.push(p);
      const top = from.getBoundingClientRect().top;
      for (const paragraph of paragraphs) {
        for (const s of paragraph.querySelectorAll<HTMLElement>('.cmp-s[data-pair]')) {
          const box = s.getBoundingClientRect();
          if (box.bottom <= top + 1) continue;
          const [counterpart] = findSentences(to, { pair: Number(s.dataset['pair']) });
          if (!counterpart) continue;
          const target =
            counterpart.getBoundingClientRect().top -
            to.getBoundingClientRect().top +
            to.scrollTop -
            (box.top - top);
          // Already lined up (as when settling): nothing to do, and the other column's own
          // scrolling is not ignored.
          if (Math.abs(Math.max(0, target) - to.scrollTop) < 1) return;
          ignoreUntil = performance.now() + 120;
          to.scrollTop = Math.max(0, target);
          return;
        }
      }
    };

    const handlers = panes.map((pane, i) => () => {
      if (performance.now() < Math.max(ignoreUntil, pausedUntil)) return;
      cancelAnimationFrame(frame);
      cancelAnimationFrame(settling);
      frame = requestAnimationFrame(() => {
        const other = panes[1 - i];
        if (!pane || !other) return;
        align(pane, other);
        // Groups of paragraphs that come into view are shown a frame or two later and may then
        // measure other than their estimated size, moving the text that was lined up: line it
        // up again in each of the next few frames (cheap: the text is laid out by then).
        let left = SETTLE_FRAMES;
        const settle = () => {
          // A column revealing a selection meanwhile has the last word.
          if (performance.now() < pausedUntil) return;
          align(pane, other);
          if (--left > 0) settling = requestAnimationFrame(settle);
        };
        settling = requestAnimationFrame(settle);
      });
    });
    // The reader takes a column in hand: lining up stops, and its scrolling is followed at once.
    const onInput = () => {
      cancelAnimationFrame(settling);
      ignoreUntil = 0;
    };
    const INPUTS = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
    // A programmatic scroll has finished: its trailing events may pass, then sync resumes.
    const onScrollEnd = () => {
      const now = performance.now();
      if (pausedUntil > now) pausedUntil = now + 50;
    };
    panes.forEach((pane, i) => {
      pane?.addEventListener('scroll', handlers[i] ?? (() => {}), { passive: true });
      pane?.addEventListener('scrollend', onScrollEnd, { passive: true });
      for (const type of INPUTS) pane?.addEventListener(type, onInput, { passive: true });
    });
    return () => {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(settling);
      panes.forEach((pane, i) => {
        pane?.removeEventListener('scroll', handlers[i] ?? (() => {}));
        pane?.removeEventListener('scrollend', onScrollEnd);
        for (const type of INPUTS) pane?.removeEventListener(type, onInput);
      });
    };
  }, [left, right, enabled]);
}
