/**
 * The comparison laid out in rows, so matching text stands level: one row per pair, in the
 * reading order of one version, with the other version's one-side-only sentences where they fall
 * and, for a pair that moved, a marker row at the place it left in the other version. Then runs
 * of unchanged rows fold to one line. Pure functions: no React, no DOM.
 */
import type { Comparison } from '../../engine/types.ts';
import type { CompareModel, SentenceView, Side } from './compare-model.ts';
import { isRewrite } from './rewrite.ts';

export const otherSide = (side: Side): Side => (side === 'left' ? 'right' : 'left');

export interface Row {
  /** Stable key, and the anchor of moved markers: `p3` (pair 3), `L4`/`R2` (one side), `m3`. */
  key: string;
  /** `moved-away`: the place a moved pair left in the non-base version (its text is elsewhere). */
  type: 'pair' | 'only' | 'moved-away';
  /** Index in `comparison.pairs`, or null for a one-side-only sentence. */
  pair: number | null;
  left: SentenceView[];
  right: SentenceView[];
  /** Identical text in its place, or (when minor changes are quiet) a minor change in place. */
  unchanged: boolean;
  /** Does a paragraph of either version start in this row? */
  paragraphStart: boolean;
  /**
   * For a moved pair's row and for the marker of the place it left: the version in which it
   * stands elsewhere (the one whose order the rows do not follow), where the link between the
   * two ends goes. Null for rows that did not move.
   */
  away: Side | null;
  /** A changed pair that keeps too few words for a word diff: shown as before/after. */
  rewrite: boolean;
}

/**
 * Rows in the reading order of `order`. Each pair is one row at its first sentence on that
 * side; a one-side-only sentence of the other version follows the row of the paired sentence it
 * followed there (leading ones come first). `quiet` counts minor changes as unchanged.
 */
export function buildRows(
  comparison: Comparison,
  model: CompareModel,
  order: Side,
  quiet = false,
): Row[] {
  const base = model[order];
  const other = model[otherSide(order)];
  const firsts = new Set(
    [...model.left.paragraphs, ...model.right.paragraphs].flatMap((p) => p[0]?.id ?? []),
  );
  const make = (
    key: string,
    type: Row['type'],
    pair: number | null,
    left: SentenceView[],
    right: SentenceView[],
  ): Row => {
    const p = pair === null ? undefined : comparison.pairs[pair];
    const unchanged =
      type === 'pair' && !!p && !p.moved && (p.kind === 'identical' || (quiet && p.minor));
    const paragraphStart = [...left, ...right].some((s) => firsts.has(s.id));
    const away = p?.moved ? otherSide(order) : null;
    const rewrite = !unchanged && !!p && isRewrite(p);
    return { key, type, pair, left, right, unchanged, paragraphStart, away, rewrite };
  };
  const sentencesOf = (side: Side, ids: readonly string[]) =>
    ids.flatMap((id) => model[side].byId.get(id) ?? []);
  const cells = (own: SentenceView[], theirs: SentenceView[]) =>
    order === 'left' ? ([own, theirs] as const) : ([theirs, own] as const);

  // Where the other version's own sentences, and moved pairs' old places, go: after a base pair.
  const after = new Map<number | 'start', Row[]>();
  let anchor: number | 'start' = 'start';
  const seenPairs = new Set<number>();
  for (const sentence of other.paragraphs.flat()) {
    const pair = sentence.pair === null ? undefined : comparison.pairs[sentence.pair];
    let row: Row;
    if (sentence.pair === null) {
      row = make(sentence.id, 'only', null, ...cells([], [sentence]));
    } else if (pair?.moved) {
      if (seenPairs.has(sentence.pair)) continue;
      seenPairs.add(sentence.pair);
      row = make(`m${sentence.pair + 1}`, 'moved-away', sentence.pair, [], []);
    } else {
      anchor = sentence.pair;
      continue;
    }
    const list = after.get(anchor) ?? [];
    list.push(row);
    after.set(anchor, list);
  }

  const rows: Row[] = [...(after.get('start') ?? [])];
  const emitted = new Set<number>();
  for (const sentence of base.paragraphs.flat()) {
    if (sentence.pair === null) {
      rows.push(make(sentence.id, 'only', null, ...cells([sentence], [])));
      continue;
    }
    if (emitted.has(sentence.pair)) continue;
    emitted.add(sentence.pair);
    const pair = comparison.pairs[sentence.pair];
    if (!pair) continue;
    const left = sentencesOf('left', pair.left);
    const right = sentencesOf('right', pair.right);
    rows.push(make(`p${sentence.pair + 1}`, 'pair', sentence.pair, left, right));
    rows.push(...(after.get(sentence.pair) ?? []));
  }
  return rows;
}

export interface Fold {
  /** The key of the first row it hides: stable while the rows are the same. */
  key: string;
  type: 'fold';
  rows: Row[];
  /** Paragraphs (of the base version) the hidden rows touch, for "12 unchanged paragraphs". */
  paragraphs: number;
}

export type RowItem = Row | Fold;

/**
 * Runs of unchanged rows, folded to one line each, keeping a row of context on each side of a
 * change (none at the start or end of the text). Only a run that hides at least `minHidden`
 * rows folds: a line that says "1 unchanged sentence" saves nothing. Folds whose key is in
 * `open` stay unfolded.
 */
export function foldRows(
  rows: readonly Row[],
  order: Side,
  open: ReadonlySet<string> = new Set(),
  minHidden = 2,
): RowItem[] {
  const items: RowItem[] = [];
  let i = 0;
  while (i < rows.length) {
    const row = rows[i];
    if (!row) break;
    if (!row.unchanged) {
      items.push(row);
      i++;
      continue;
    }
    let end = i;
    while (rows[end]?.unchanged) end++;
    const from = i === 0 ? i : i + 1;
    const to = end === rows.length ? end : end - 1;
    const hidden = rows.slice(from, to);
    const key = hidden[0]?.key ?? '';
    if (hidden.length >= minHidden && !open.has(key)) {
      items.push(...rows.slice(i, from));
      const paragraphs = new Set(hidden.flatMap((r) => r[order].map((s) => s.paragraph)));
      items.push({ key, type: 'fold', rows: hidden, paragraphs: paragraphs.size });
      items.push(...rows.slice(to, end));
    } else items.push(...rows.slice(i, end));
    i = end;
  }
  return items;
}

/** The key of the fold that hides `pair`'s row, or null when it is shown. */
export function foldHiding(items: readonly RowItem[], pair: number | null): string | null {
  if (pair === null) return null;
  for (const item of items)
    if (item.type === 'fold' && item.rows.some((r) => r.pair === pair)) return item.key;
  return null;
}

/**
 * Changes-only is on by default when most of the text is unchanged: then the changes are what a
 * reader looks for, and the rest is the same story twice. Measured in sentences of both sides.
 */
export function foldByDefault(rows: readonly Row[]): boolean {
  let same = 0;
  let all = 0;
  for (const row of rows) {
    const n = row.left.length + row.right.length;
    all += n;
    if (row.unchanged) same += n;
  }
  return all > 0 && same / all > 0.5;
}

/**
 * Whether "changes only" would fold anything: false when no run of unchanged rows is long enough
 * (a heavily reworded pair). A hard load that asks for it then shows the page as built.
 */
export const foldsAny = (rows: readonly Row[]): boolean =>
  foldRows(rows, 'left').some((item) => item.type === 'fold');

/** "12 unchanged paragraphs" or, within fewer than two paragraphs, "3 unchanged sentences". */
export function foldLabel(fold: Fold): string {
  if (fold.paragraphs >= 2) return `${fold.paragraphs} unchanged paragraphs`;
  const n = fold.rows.length;
  return `${n} unchanged sentence${n === 1 ? '' : 's'}`;
}

/** How many rows an item stands for: a fold, every row it hides. */
export const rowsIn = (item: RowItem): number => (item.type === 'fold' ? item.rows.length : 1);

export interface Chunk<T> {
  /** `c<n>`: the n-th block of `size` rows, the same whatever is folded elsewhere. */
  key: string;
  items: T[];
}

/**
 * Rows per chunk, side by side and inline: small enough that a jump lays out little beyond the
 * screen; 8 split a jump's layout over two frames without making it cheaper (comparison-view.md).
 */
export const ROWS_PER_CHUNK = 16;

/**
 * `items` in chunks, which the browser skips as a whole when off screen. An item goes to the
 * block of `size` rows in which its first row stands among all rows (`count` says how many rows
 * an item stands for), so a chunk keeps its key when a fold before it opens or closes. Cutting
 * every `size` items instead shifted every later chunk by one fold, and React re-created every
 * row after it: toggling changes only on 3,400 sentences re-made them all.
 */
export function rowChunks<T>(
  items: readonly T[],
  count: (item: T) => number,
  size: number,
): Chunk<T>[] {
  const chunks: Chunk<T>[] = [];
  let start = 0;
  for (const item of items) {
    const key = `c${Math.floor(start / size)}`;
    const last = chunks.at(-1);
    if (last?.key === key) last.items.push(item);
    else chunks.push({ key, items: [item] });
    start += count(item);
  }
  return chunks;
}

/**
 * Rows grouped into the paragraphs of running text for the inline mode: a new paragraph where
 * either version starts one; a fold stands alone, between paragraphs.
 */
export function inlineParagraphs(items: readonly RowItem[]): RowItem[][] {
  const paragraphs: RowItem[][] = [];
  let current: RowItem[] | null = null;
  for (const item of items) {
    if (item.type === 'fold') {
      paragraphs.push([item]);
      current = null;
      continue;
    }
    if (!current || item.paragraphStart) {
      current = [];
      paragraphs.push(current);
    }
    current.push(item);
  }
  return paragraphs;
}

/** The key of the item that shows the row `key`: the row itself, or the fold that hides it. */
export function itemHolding(items: readonly RowItem[], key: string): string | null {
  for (const item of items) {
    if (item.key === key) return key;
    if (item.type === 'fold' && item.rows.some((r) => r.key === key)) return item.key;
  }
  return null;
}
