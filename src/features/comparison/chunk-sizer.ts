/**
 * Writes each chunk of a long comparison an estimate of its own height (`contain-intrinsic-size`),
 * so the page is about as tall as it will be and a jump lands among the chunks it needs; then,
 * once the browser has laid some chunks out, corrects the estimates once. Loaded only by
 * comparisons over the long threshold, in a chunk of its own (`use-chunk-sizes.ts` fetches it):
 * short comparisons, whose chunks are never skipped, do not download it. The estimate is set
 * through the CSSOM, never as a style attribute: the page is prerendered and its Content Security
 * Policy refuses inline style attributes.
 */
import { flushSync } from 'react-dom';
import type { Chunk, Fold, Row, RowItem } from './compare-rows.ts';
import {
  calibration,
  estimateHeight,
  paragraphBlock,
  rowBlock,
  type TextBlock,
  type TextMetrics,
} from './chunk-size.ts';

import {
  changesAbove,
  chunkHolding,
  fillNext,
  planMount,
  type Mounting,
  type MountMode,
} from './mount-order.ts';
import type { HighlightTarget } from './sentence-index.ts';

export { warmSentenceIndex } from './sentence-index-build.ts';
import type { ViewShown } from './view-shown.ts';

/** Average character width in em of the body font, before calibration corrects it. */
const CHAR_EM = 0.5;
/** Matches the phone layout in compare.css (rows stack below 40rem). */
const STACKED = '(max-width: 40rem)';

export type SizeMode = 'side' | 'inline';

interface Applied {
  /** The estimate before calibration, and the value written. */
  raw: number;
  written: number;
}

/** What one view remembers between renders: what it wrote, and each item's block. */
export interface SizerMemory {
  /** The key of what was measured last (see `remembered`), for the correction. */
  measured: string;
  applied: WeakMap<HTMLElement, Applied>;
  /**
   * Blocks count characters, which stay the same as long as the rows do and the rows stack or
   * not (phones): cached by item.
   */
  blocks: { stacked: boolean; map: WeakMap<object, TextBlock> };
}

export function newMemory(): SizerMemory {
  return { measured: '', applied: new WeakMap(), blocks: { stacked: false, map: new WeakMap() } };
}

/**
 * What a view learnt about the page, per mode, window width and font size: the section's width
 * and the calibration. A view mounted again (a switch of mode, and back) reads its width here:
 * measuring it would force a layout of the text just rendered, which the estimates written next
 * make the browser lay out a second time (a forced layout of 48 ms at 4x on a mode switch).
 * Private to this module; nothing else reads or writes it.
 */
const remembered = new Map<string, { width: number; ratio: number }>();

function measure(
  section: HTMLElement,
  mode: SizeMode,
  stacked: boolean,
): { metrics: TextMetrics; key: string } {
  // Computed style needs no layout, only style.
  const style = getComputedStyle(section);
  const fontPx = parseFloat(style.fontSize) || 16;
  const linePx = parseFloat(style.lineHeight) || fontPx * 1.6;
  const key = `${mode}|${window.innerWidth}|${fontPx}`;
  let known = remembered.get(key);
  if (!known) {
    known = { width: section.clientWidth, ratio: 1 };
    remembered.set(key, known);
  }
  // Side by side: two columns with a 1.5rem gap, each cell with a bar and 0.75rem of padding.
  const column = mode === 'inline' || stacked ? known.width - 16 : (known.width - 24) / 2 - 16;
  return {
    key,
    metrics: {
      charsPerLine: Math.max(10, column / (fontPx * CHAR_EM)),
      linePx,
      blockPx: linePx * 1.6,
      paragraphGapPx: fontPx * 0.9,
    },
  };
}

/** Side by side a chunk holds rows; inline it holds paragraphs (lists of rows). */
function toBlock(mode: SizeMode, item: object, stacked: boolean): TextBlock {
  return mode === 'side'
    ? rowBlock(item as RowItem, stacked)
    : paragraphBlock(item as readonly RowItem[]);
}

/**
 * The chunk elements of a view: the section's children with `data-chunk`. A query walked every
 * element under it (38,000 in the unfolded light ×100 story) where a few hundred children do.
 */
function chunkElements(section: HTMLElement): HTMLElement[] {
  return [...section.children].filter(
    (el): el is HTMLElement => el instanceof HTMLElement && el.dataset['chunk'] !== undefined,
  );
}

/** Writes every chunk's estimate (chunks found by `data-chunk` under `section`). */
export function writeEstimates(
  section: HTMLElement,
  chunks: readonly Chunk<object>[],
  mode: SizeMode,
  memory: SizerMemory,
): void {
  const stacked = window.matchMedia(STACKED).matches;
  const { metrics, key } = measure(section, mode, stacked);
  memory.measured = key;
  const ratio = remembered.get(key)?.ratio ?? 1;
  if (memory.blocks.stacked !== stacked) memory.blocks = { stacked, map: new WeakMap() };
  const cache = memory.blocks.map;
  const byKey = new Map(chunks.map((c) => [c.key, c]));
  for (const el of chunkElements(section)) {
    const chunk = byKey.get(el.dataset['chunk'] ?? '');
    if (!chunk) continue;
    const list = chunk.items.map((item) => {
      let block = cache.get(item);
      if (!block) {
        block = toBlock(mode, item, stacked);
        cache.set(item, block);
      }
      return block;
    });
    const raw = estimateHeight(list, metrics);
    const written = Math.round(raw * ratio);
    if (memory.applied.get(el)?.written !== written)
      el.style.containIntrinsicSize = `auto ${written}px`;
    memory.applied.set(el, { raw, written });
  }
  if (mode === 'side') warmFolded(chunks, stacked, cache);
}

/**
 * The blocks of the rows that folds hide, worked out in idle time, so that unfolding them only
 * adds blocks up: working out 4,200 rows' blocks was about 10 ms of the unfold's commit at 4×.
 * (Inline, a chunk's items are paragraphs made anew on every change: nothing to cache ahead.)
 */
function warmFolded(
  chunks: readonly Chunk<object>[],
  stacked: boolean,
  cache: WeakMap<object, TextBlock>,
): void {
  if (typeof requestIdleCallback !== 'function') return;
  const rows = chunks.flatMap((c) =>
    c.items.flatMap((item) => ((item as RowItem).type === 'fold' ? (item as Fold).rows : [])),
  );
  let at = 0;
  const step = (deadline: IdleDeadline) => {
    while (at < rows.length && deadline.timeRemaining() > 2)
      for (const end = Math.min(at + 100, rows.length); at < end; at++) {
        const row = rows[at] as Row;
        if (!cache.has(row)) cache.set(row, rowBlock(row, stacked));
      }
    if (at < rows.length) requestIdleCallback(step);
  };
  if (rows.length > 0) requestIdleCallback(step);
}

/**
 * Once the browser has laid out the chunks on screen, their real heights say how far off the
 * model is (the font's character width above all); the estimates are corrected once, in place,
 * in idle time. Returns the cancel function.
 */
export function scheduleCorrection(
  section: HTMLElement,
  memory: SizerMemory,
  done: () => void = () => undefined,
): () => void {
  if (typeof requestIdleCallback !== 'function') return () => undefined;
  const id = requestIdleCallback(
    () => {
      done();
      const samples: [number, number][] = [];
      for (const el of chunkElements(section)) {
        const known = memory.applied.get(el);
        if (!known) continue;
        const real = el.getBoundingClientRect().height;
        // A chunk still skipped is exactly as tall as its estimate: nothing to learn from it.
        if (Math.abs(real - known.written) > 1) samples.push([known.raw, real]);
      }
      if (samples.length === 0) return;
      const next = calibration(samples);
      const known = remembered.get(memory.measured);
      if (!known || Math.abs(next - known.ratio) / known.ratio < 0.05) return;
      known.ratio = next;
      // Written straight to the chunks: a React render for it would re-check every row.
      for (const el of chunkElements(section)) {
        const raw = memory.applied.get(el)?.raw;
        if (raw === undefined) continue;
        const written = Math.round(raw * next);
        el.style.containIntrinsicSize = `auto ${written}px`;
        memory.applied.set(el, { raw, written });
      }
    },
    { timeout: 2000 },
  );
  return () => cancelIdleCallback(id);
}

/** Does a row hold the sentence `sid`? */
const holdsSentence = (sid: string | undefined) => (row: Row) =>
  row.left.some((s) => s.id === sid) || row.right.some((s) => s.id === sid);

/**
 * The index in `chunks` of the reader's chunk: the one holding `place` (the place a fold toggle
 * or a mode switch has just found, `recentPlace` in reader-place.ts), else the first chunk on the
 * screen, found by hit-testing down the middle of the text (no element is measured; chunk keys
 * count rows in both modes, so `c40` is about the same place in either). Null when the page is no
 * long comparison (nothing is skipped, nothing waits).
 */
export function readerChunk(
  chunks: readonly Chunk<unknown>[],
  mode: MountMode,
  place: { key?: string; sid?: string } | null,
): number | null {
  const main = document.querySelector('.cmp-long .cmp-main')?.getBoundingClientRect();
  // No hit-testing without a layout (jsdom), no idle callbacks to fill in (Safari): everything
  // renders at once, as before.
  if (
    !main ||
    typeof document.elementFromPoint !== 'function' ||
    typeof requestIdleCallback !== 'function'
  )
    return null;
  const held = place
    ? chunkHolding(
        chunks,
        mode,
        // A row key, or else a sentence id: the key alone spares copying every row's sentences.
        place.key !== undefined ? (row) => row.key === place.key : holdsSentence(place.sid),
      )
    : -1;
  if (held >= 0) return held;
  // From the top of the text, and on from the bottom of the sticky bars over it, not 24 px at a
  // time through the summary and bars above it: each hit-test was 1-2 ms at 4x, 13-17 of them
  // over half of the render slice that opens a fold near the top of the page.
  for (let y = Math.max(0, main.top); y < window.innerHeight; y += 24) {
    const hit = document.elementFromPoint(main.left + main.width / 4, y);
    const sticky = hit?.closest('[data-sticky]');
    if (sticky) y = Math.max(y, sticky.getBoundingClientRect().bottom - 23);
    const key = hit?.closest<HTMLElement>('.cmp-main [data-chunk]')?.dataset['chunk'];
    if (!key) continue;
    const n = Number(key.slice(1));
    const at = chunks.findIndex((c) => Number(c.key.slice(1)) >= n);
    return at < 0 ? chunks.length - 1 : at;
  }
  return 0;
}

/**
 * The plan for a view's new chunks (`useLongChunks`): around the reader's chunk, unless
 * the page is being printed (everything at once).
 */
export function planMounting<T>(
  prev: Mounting<T>,
  chunks: readonly Chunk<T>[],
  mode: MountMode,
  place: { key?: string; sid?: string } | null,
): Mounting<T> {
  const at = prev.all
    ? null
    : place
      ? readerChunk(chunks, mode, place)
      : (selectionChunk(prev, chunks, mode) ?? readerChunk(chunks, mode, null));
  return { ...planMount(prev, chunks, at, mode), all: prev.all };
}

/**
 * The chunk of the selection when it is on the screen and text above it changes (a fold opened
 * above it): the change pushes it away and the selection's effect brings it back into view
 * (use-linked-highlight.ts), so that is where the reader will be. Planned around the screen as
 * it was, the first commit rendered rows that ended up off the screen, and the selection's chunk
 * was rendered a frame later (`mountNow`) with a forced layout. Null otherwise.
 */
function selectionChunk<T>(
  prev: Mounting<T>,
  chunks: readonly Chunk<T>[],
  mode: MountMode,
): number | null {
  // Without idle callbacks (Safari) everything renders at once (`readerChunk`).
  if (typeof requestIdleCallback !== 'function') return null;
  // The class use-linked-highlight.ts gives the selection (`SELECTED`), written out here: a value
  // imported from the view's modules splits that module into a file of its own (a request more
  // for every comparison; tried 7 Dec 2026), as mount-order.ts says of its imports.
  const el = document.getElementsByClassName('is-selected')[0];
  const sid = el instanceof HTMLElement ? el.dataset['sid'] : undefined;
  const view = mode === 'side' ? '.cmp-long .cmp-rows' : '.cmp-long .cmp-inline';
  if (!el || !sid || !el.closest(view)) return null;
  const box = el.getBoundingClientRect();
  if (box.bottom <= 0 || box.top >= window.innerHeight) return null;
  const at = chunkHolding(chunks, mode, holdsSentence(sid));
  return at > 0 && changesAbove(prev, chunks, at) ? at : null;
}

/** Does `row` hold what a jump names: a change's sentences, or a row by its key? */
const matcher = (target: HighlightTarget | { key: string }) => (row: Row) =>
  'key' in target
    ? row.key === target.key
    : 'pair' in target
      ? row.pair === target.pair
      : [...row.left, ...row.right].some((s) => target.sentences.includes(s.id));

/**
 * What a view does while chunks wait (`m.queue`), for as long as `m` is its state: fills the next
 * slice in idle time; a jump to text still waiting (`mountNow`) renders its chunk first. Returns
 * the clean-up. Printing is `followPrinting`'s.
 */
export function followMounting<T>(
  section: HTMLElement | null,
  m: Mounting<T>,
  set: (update: (m: Mounting<T>) => Mounting<T>) => void,
  mode: MountMode,
): () => void {
  const view = section?.closest('.cmp-view');
  const idle = m.queue.length > 0 ? requestIdleCallback(() => set(fillNext), { timeout: 200 }) : 0;
  const jump = (event: Event) => {
    if (m.queue.length === 0) return;
    event.preventDefault();
    const match = matcher((event as CustomEvent<HighlightTarget | { key: string }>).detail);
    flushSync(() =>
      set((s) => {
        const at = chunkHolding(s.source, mode, match);
        return at < 0 ? s : fillNext(s, undefined, s.source[at]?.key);
      }),
    );
  };
  view?.addEventListener('cmp-mount', jump);
  return () => {
    if (idle) cancelIdleCallback(idle);
    view?.removeEventListener('cmp-mount', jump);
  };
}

/**
 * Printing (and "Download as HTML", which dispatches `beforeprint`) renders everything at once
 * and keeps doing so until `afterprint`. Listened to once for the view's life, not per state: the
 * page's own `beforeprint` render (usePrinting) can plan the chunks anew, and a listener swapped
 * by that render's effects in the middle of the event would not be called for it (the print then
 * showed one slice; 2 of 4 prints right after an unfold, 7 Dec 2026).
 */
export function followPrinting<T>(
  set: (update: (m: Mounting<T>) => Mounting<T>) => void,
): () => void {
  const print = () => flushSync(() => set((s) => ({ ...fillNext(s, Infinity), all: true })));
  const printed = () => set((s) => ({ ...s, all: false }));
  window.addEventListener('beforeprint', print);
  window.addEventListener('afterprint', printed);
  return () => {
    window.removeEventListener('beforeprint', print);
    window.removeEventListener('afterprint', printed);
  };
}

const isLong = (section: HTMLElement | null): section is HTMLElement =>
  section?.closest('.cmp-long') != null;

/** Views whose estimates were corrected, or are about to be, at this width. */
const corrected = new WeakSet<HTMLElement>();

/**
 * What a long view does with its chunks' heights while `chunks` stay (`use-chunk-sizes.ts`):
 * writes their estimates now if it can be measured, else once it can (`shown.measurable`), and
 * again when the window is resized. A view shown again unchanged keeps what it had: writing it
 * again read the style and walked every element of the view (about 35 ms at 4x on a ×100
 * switch). The estimates are corrected (`scheduleCorrection`) once the view is shown, when it is
 * shown again and after a resize, not when its rows change: a correction after a fold toggle
 * moved the text above the reader. Returns the clean-up.
 */
export function followSizes(
  section: HTMLElement | null,
  chunks: readonly Chunk<object>[],
  mode: SizeMode,
  shown: ViewShown,
  memory: { current: SizerMemory | null },
): (() => void) | undefined {
  if (!isLong(section)) return;
  let written = false;
  let cancel: (() => void) | undefined;
  const follow = (again: boolean) => {
    if (shown.measurable && !written) {
      memory.current ??= newMemory();
      writeEstimates(section, chunks, mode, memory.current);
      written = true;
    }
    if (!again && corrected.has(section)) return;
    cancel?.();
    cancel = undefined;
    if (!shown.now || !memory.current) return corrected.delete(section);
    cancel = scheduleCorrection(section, memory.current, () => (cancel = undefined));
    corrected.add(section);
  };
  const resized = () => {
    written = false;
    follow(true);
  };
  follow(false);
  const unsubscribe = shown.subscribe(() => follow(true));
  window.addEventListener('resize', resized);
  return () => {
    unsubscribe();
    window.removeEventListener('resize', resized);
    // A correction cut short is owed to the next run.
    if (cancel) corrected.delete(section);
    cancel?.();
  };
}
