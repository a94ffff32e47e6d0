/**
 * Keeps the other column on the counterpart of what is at the top of the column being scrolled.
 * The first sentence whose bottom is below the column's top is the reader's place; the first
 * paired sentence from there on is lined up at the same height in the other column. Scrolls the
 * code makes are ignored for a moment, so the two columns never chase each other.
 */
import { useEffect, type RefObject } from 'react';
import { findSentences } from './sentence-index.ts';

let pausedUntil = 0;

/**
 * Scrolls made on purpose elsewhere (revealing a counterpart) must not drag the other column.
 * The pause lasts until that scroll has ended (`scrollend`), or `ms` at most: on a slow device
 * the scroll events of a programmatic scroll can arrive well after a fixed short delay.
 */
export function pauseScrollSync(ms = 1000): void {
  pausedUntil = performance.now() + ms;
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

    const align = (from: HTMLElement, to: HTMLElement) => {
      // Binary search on offsets for the first group of paragraphs, then the first paragraph in
      // it, that reaches below the top of the column (groups out of view are never laid out);
      // then look at its sentences only.
      const below = (el: HTMLElement | undefined, base: number) =>
        el !== undefined && base + el.offsetTop + el.offsetHeight > from.scrollTop;
      const first = <T extends HTMLElement>(list: ArrayLike<T>, base: number) => {
        let lo = 0;
        let hi = list.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (below(list[mid], base)) hi = mid;
          else lo = mid + 1;
        }
        return lo;
      };
      const chunks = from.querySelectorAll<HTMLElement>(':scope > .cmp-chunk');
      const chunk = chunks[first(chunks, 0)];
      // A group contains its paragraphs' layout, so their offsets are within the group.
      const inGroup = chunk?.querySelectorAll<HTMLElement>('.cmp-para') ?? [];
      const contained = chunk !== undefined && inGroup[0]?.offsetParent === chunk;
      const start = first(inGroup, contained ? chunk.offsetTop : 0);
      // From there on, into the next group if need be.
      const paragraphs = [
        ...[...inGroup].slice(start),
        ...(chunk?.nextElementSibling?.querySelectorAll<HTMLElement>('.cmp-para') ?? []),
      ];
      const top = from.getBoundingClientRect().top;
      for (let i = 0; i < Math.min(paragraphs.length, 20); i++) {
        for (const s of paragraphs[i]?.querySelectorAll<HTMLElement>('.cmp-s[data-pair]') ?? []) {
          const box = s.getBoundingClientRect();
          if (box.bottom <= top + 1) continue;
          const [counterpart] = findSentences(to, { pair: Number(s.dataset['pair']) });
          if (!counterpart) continue;
          const target =
            counterpart.getBoundingClientRect().top -
            to.getBoundingClientRect().top +
            to.scrollTop -
            (box.top - top);
          ignoreUntil = performance.now() + 120;
          to.scrollTop = Math.max(0, target);
          return;
        }
      }
    };

    const handlers = panes.map((pane, i) => () => {
      if (performance.now() < Math.max(ignoreUntil, pausedUntil)) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const other = panes[1 - i];
        if (pane && other) align(pane, other);
      });
    });
    // A programmatic scroll has finished: its trailing events may pass, then sync resumes.
    const onScrollEnd = () => {
      const now = performance.now();
      if (pausedUntil > now) pausedUntil = now + 50;
    };
    panes.forEach((pane, i) => {
      pane?.addEventListener('scroll', handlers[i] ?? (() => {}), { passive: true });
      pane?.addEventListener('scrollend', onScrollEnd, { passive: true });
    });
    return () => {
      cancelAnimationFrame(frame);
      panes.forEach((pane, i) => {
        pane?.removeEventListener('scroll', handlers[i] ?? (() => {}));
        pane?.removeEventListener('scrollend', onScrollEnd);
      });
    };
  }, [left, right, enabled]);
}
