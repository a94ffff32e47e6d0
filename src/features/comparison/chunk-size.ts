/**
 * How tall a chunk of rows will be before the browser has laid it out, for
 * `contain-intrinsic-size`. A long comparison's chunks off screen are skipped
 * (`content-visibility: auto`) and stand in at this height. One fixed guess (30em) was a third
 * of a real chunk's height, so a jump to far text scrolled to a place computed from wrong
 * heights, found six chunks in and around the screen instead of two, and laid out all of them
 * (1,945 layout objects, 110–180 ms at 4x CPU slowdown). Pure: the caller measures the page.
 */
import type { Row, RowItem } from './compare-rows.ts';

/** What the estimate needs from the page, measured once per width. */
export interface TextMetrics {
  /** Characters that fit on one line of a column (side by side) or of the running text (inline). */
  charsPerLine: number;
  /** Height of one line of text, px. */
  linePx: number;
  /** Height of anything that is not a line of text: a fold line, a moved marker, px. */
  blockPx: number;
  /** Space above a block that starts a paragraph, px. */
  paragraphGapPx: number;
}

/** One block of text in a chunk: its characters in each column it shows, and where it starts. */
export interface TextBlock {
  /** Characters per column: two for a row side by side, one stacked or inline. Empty: no text. */
  columns: number[];
  paragraphStart: boolean;
}

/** Lines a run of `chars` characters wraps to: at least one, words do not split. */
export function linesFor(chars: number, charsPerLine: number): number {
  if (chars <= 0) return 0;
  return Math.max(1, Math.ceil(chars / Math.max(1, charsPerLine)));
}

/** The estimated height of a chunk, px: each block as tall as its tallest column. */
export function estimateHeight(blocks: readonly TextBlock[], m: TextMetrics): number {
  let px = 0;
  for (const block of blocks) {
    const lines = Math.max(0, ...block.columns.map((c) => linesFor(c, m.charsPerLine)));
    px += lines > 0 ? lines * m.linePx : m.blockPx;
    if (block.paragraphStart) px += m.paragraphGapPx;
  }
  return Math.round(px);
}

/**
 * Characters of a row's side, a space after each sentence. Counted from the segments, without
 * joining them: this module loads in a chunk of its own, and importing the view's `plainText`
 * made the bundler split `sentence-text.tsx` out of the comparison route into a third file.
 */
const chars = (row: Row, side: 'left' | 'right') =>
  row[side].reduce(
    (sum, sentence) => sum + 1 + sentence.segments.reduce((n, seg) => n + seg.text.length, 0),
    0,
  );

/**
 * A row as a block. Side by side, its two cells stand level (the taller one counts). `stacked`
 * (phones): an unchanged pair shows once, a changed pair shows both versions one above the
 * other, each under a label line.
 */
export function rowBlock(item: RowItem, stacked: boolean): TextBlock {
  if (item.type === 'fold') return { columns: [], paragraphStart: false };
  const left = chars(item, 'left');
  const right = chars(item, 'right');
  if (!stacked) return { columns: [left, right], paragraphStart: item.paragraphStart };
  if (item.unchanged)
    return { columns: [Math.max(left, right)], paragraphStart: item.paragraphStart };
  // Label lines are about one line of text each; counted as characters of a full line.
  return { columns: [left + right], paragraphStart: item.paragraphStart };
}

/**
 * A paragraph of the inline text as a block: the text of the order's version, plus the other
 * version's words where a pair changed (struck and added words both stand in the line).
 */
export function paragraphBlock(paragraph: readonly RowItem[]): TextBlock {
  let total = 0;
  for (const item of paragraph) {
    if (item.type === 'fold') return { columns: [], paragraphStart: false };
    const left = chars(item, 'left');
    const right = chars(item, 'right');
    total += item.unchanged ? Math.max(left, right) : left + right;
  }
  return { columns: [total], paragraphStart: true };
}

/**
 * The factor that turns estimates into the page's real heights, from chunks that were laid out
 * (`[estimated, real]` pairs): the model knows lines, not the font's average character width.
 * Kept within 0.5–2 so one odd chunk cannot throw every other estimate off; 1 with no sample.
 */
export function calibration(samples: readonly (readonly [number, number])[]): number {
  let estimated = 0;
  let real = 0;
  for (const [e, r] of samples) {
    estimated += e;
    real += r;
  }
  if (estimated <= 0 || real <= 0) return 1;
  return Math.min(2, Math.max(0.5, real / estimated));
}
