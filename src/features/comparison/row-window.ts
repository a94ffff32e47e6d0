/**
 * Windowed rows for a long comparison: only the chunks near the screen are rendered as rows
 * (about 9 elements a row); every other chunk is one light element holding its rows' plain
 * text, so find-in-page and screen readers still have the whole text. Pure functions: which
 * chunks are near the screen, which chunk holds a row or a selection, and a chunk's plain text.
 */
import type { Side } from './compare-model.ts';
import { foldLabel, type Row, type RowItem } from './compare-rows.ts';
import type { HighlightTarget } from './sentence-index.ts';
import { plainText } from './sentence-text.tsx';

/** Chunks rendered in full before anything is measured: the top of the page (and prerender). */
export const FIRST_FULL = 3;

/**
 * The indexes of the boxes (in page order, `top`/`bottom` in window coordinates) that overlap
 * the band from `from` to `to`, found by bisection: a long comparison has hundreds of chunks.
 */
export function indexesBetween(
  boxes: readonly { top: number; bottom: number }[],
  from: number,
  to: number,
): number[] {
  let lo = 0;
  let hi = boxes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((boxes[mid]?.bottom ?? 0) <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < boxes.length && (boxes[i]?.top ?? to) < to; i++) out.push(i);
  return out;
}

/** The key of the chunk whose items hold a row matching `test`, or null. */
function chunkWhere<T>(
  chunks: readonly { key: string; items: readonly T[] }[],
  rowsOf: (item: T) => readonly RowItem[],
  test: (row: Row) => boolean,
): string | null {
  for (const chunk of chunks)
    for (const item of chunk.items)
      for (const row of rowsOf(item))
        if (row.type === 'fold' ? row.rows.some(test) : test(row)) return chunk.key;
  return null;
}

/** The chunk that holds the row with `key` (`p3`, `m3`, `L4`), shown or folded. */
export function chunkOfRow<T>(
  chunks: readonly { key: string; items: readonly T[] }[],
  rowsOf: (item: T) => readonly RowItem[],
  key: string,
): string | null {
  return chunkWhere(chunks, rowsOf, (row) => row.key === key);
}

/** The chunk that holds the sentences a selection marks (the pair's own row, not its marker). */
export function chunkOfTarget<T>(
  chunks: readonly { key: string; items: readonly T[] }[],
  rowsOf: (item: T) => readonly RowItem[],
  target: HighlightTarget | null,
): string | null {
  if (!target) return null;
  if ('pair' in target)
    return chunkWhere(chunks, rowsOf, (row) => row.type === 'pair' && row.pair === target.pair);
  const ids = new Set(target.sentences);
  return chunkWhere(chunks, rowsOf, (row) =>
    [...row.left, ...row.right].some((s) => ids.has(s.id)),
  );
}

/**
 * A row as plain text that reads on its own (a screen reader reads it, find-in-page finds it):
 * unchanged text once; a changed pair as each version's words after its name; text only one
 * version has after "Only in"; the place a moved pair left as one short line.
 */
export function rowText(item: RowItem, labels: Record<Side, string>): string {
  if (item.type === 'fold') return `${foldLabel(item)}.`;
  const text = (side: Side) => item[side].map((s) => plainText(s.segments)).join(' ');
  if (item.type === 'moved-away') return `Pair ${(item.pair ?? 0) + 1} stood here (moved).`;
  if (item.type === 'only') {
    const side: Side = item.left.length > 0 ? 'left' : 'right';
    return `Only in ${labels[side]}: ${text(side)}`;
  }
  const left = text('left');
  const right = text('right');
  if (item.unchanged || left === right) return left;
  return `${labels.left}: ${left} ${labels.right}: ${right}`;
}

/**
 * A light chunk's text: its rows one after another, a paragraph of either version on a new
 * line (the light element keeps line breaks). `cache` keeps each row's text while the rows are
 * the same objects (a fold toggle re-makes the chunks, not the rows).
 */
export function chunkText<T>(
  items: readonly T[],
  rowsOf: (item: T) => readonly RowItem[],
  labels: Record<Side, string>,
  cache: WeakMap<RowItem, string>,
): string {
  let out = '';
  for (const item of items)
    for (const row of rowsOf(item)) {
      let text = cache.get(row);
      if (text === undefined) {
        text = rowText(row, labels);
        cache.set(row, text);
      }
      const breaks = row.type === 'fold' || row.paragraphStart;
      out += out === '' ? text : `${breaks ? '\n' : ' '}${text}`;
    }
  return out;
}
