/**
 * The reader's place: the row, or the sentence, just below the sticky toolbar and where it
 * stands, so that folding, unfolding or switching modes can put it back at the same height.
 * Found by hit-testing a few points, not by measuring from the top: measuring a row in text the
 * browser skipped (`content-visibility: auto`) lays it out, and doing that for thousands of rows
 * took 17 s.
 */
import { shownView } from './sentence-index.ts';

export interface SentencePlace {
  pair: string | undefined;
  sid: string;
  top: number;
}

/**
 * Where the sticky toolbar and column heads end, in window coordinates. The heads of the mode
 * not shown are left out: measuring them would lay out the hidden view. Both are found without
 * a query of the whole page (5 ms of every mode switch at x100 and 4x): the toolbar comes before
 * the views, the heads first in theirs.
 */
export function stickyBottom(root: ParentNode = document): number {
  let bottom = 0;
  const heads = shownView(root)?.firstElementChild?.firstElementChild;
  for (const el of [root.querySelector('[data-sticky]'), heads])
    if (el?.hasAttribute('data-sticky'))
      bottom = Math.max(bottom, el.getBoundingClientRect().bottom);
  return bottom;
}

/** Points below the toolbar to hit-test, in window coordinates. */
function probes(): [number, number][] {
  const main = document.querySelector('.cmp-main')?.getBoundingClientRect();
  if (!main) return [];
  const sticky = stickyBottom();
  return [4, 24, 48, 96].map((dy) => [main.left + main.width / 4, sticky + dy]);
}

/**
 * The place last found, and when: a view whose rows change right after (a fold toggle, a mode
 * switch) mounts the chunk holding it first (`useLongChunks`) without hit-testing again.
 */
let last: { key?: string; sid?: string; at: number } = { at: -Infinity };

/** The row key or sentence id of the reader's place if found within the last second. */
export const recentPlace = (): { key?: string; sid?: string } | null =>
  performance.now() - last.at < 1000 ? last : null;

/** The row (or fold) just below the sticky toolbar, and where it stands. */
export function readerPlace(): { key: string; top: number } | null {
  for (const [x, y] of probes()) {
    const row = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-row]');
    const key = row?.dataset['row'];
    if (row && key) {
      last = { key, at: performance.now() };
      return { key, top: row.getBoundingClientRect().top };
    }
  }
  return null;
}

/** The sentence just below the sticky toolbar (in a row, its first), and where it stands. */
export function sentenceAtTop(): SentencePlace | null {
  for (const [x, y] of probes()) {
    const hit = document.elementFromPoint(x, y);
    const el =
      hit?.closest<HTMLElement>('.cmp-s[data-sid]') ??
      hit?.closest('[data-row]')?.querySelector<HTMLElement>('.cmp-s[data-sid]');
    const sid = el?.dataset['sid'];
    if (el && sid) {
      last = { sid, at: performance.now() };
      return { pair: el.dataset['pair'], sid, top: el.getBoundingClientRect().top };
    }
  }
  return null;
}

/** Scrolls the page so the first match of `selector` in the view shown stands at `top`. */
export function putBack(selector: string, top: number): void {
  const el = shownView(document)?.querySelector(selector);
  if (el) window.scrollBy({ top: el.getBoundingClientRect().top - top });
}

/** Scrolls the page so the place's sentence, in the view shown, stands where it stood. */
export function restoreSentence(place: SentencePlace): void {
  putBack(
    place.pair !== undefined
      ? `.cmp-s[data-pair="${CSS.escape(place.pair)}"]`
      : `.cmp-s[data-sid="${CSS.escape(place.sid)}"]`,
    place.top,
  );
}
