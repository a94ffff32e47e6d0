/**
 * Which chunks of a long comparison are rendered with their rows now, and in what order the
 * rest follow (issue 15). Unfolding the lightly edited ×100 story mounted about 34,000 elements
 * in one React commit (a 293 ms frame at 4× CPU slowdown); now the chunks at the reader's place
 * render at once, the other changed chunks wait empty at their estimated height, and chunks that
 * are no longer there wait hidden to be removed; the rest is done a few chunks per idle slice,
 * nearest the reader first (`useLongChunks` in use-chunk-sizes.ts, `followMounting`).
 * Pure: loaded with the chunk estimates, only by long comparisons.
 */
// Types only from the view's modules: a value imported from one would split it out of the
// comparison route into a file of its own, shared with this lazily loaded chunk.
import type { Chunk, Row, RowItem } from './compare-rows.ts';

/** A chunk as rendered: `pending` while it waits empty, `gone` while it waits to be removed. */
export interface ShownChunk<T> extends Chunk<T> {
  pending?: boolean;
  gone?: boolean;
}

/** What a view renders: its chunks (`source`), as they stand now, and what is left to do. */
export interface Mounting<T> {
  source: readonly Chunk<T>[];
  /** In the order of their keys: every source chunk (maybe waiting empty) and chunks `gone`. */
  shown: readonly ShownChunk<T>[];
  /** Keys of the chunks still to fill (or, when gone, to remove), nearest the reader first. */
  queue: readonly string[];
  /** Everything rendered at once while set (printing). */
  all?: boolean;
  /** Queued chunks next to the reader's (`NEAR`), filled one a slice. */
  near?: readonly string[];
}

/** Side by side a chunk holds rows or folds; inline it holds paragraphs of them. */
export type MountMode = 'side' | 'inline';

/**
 * Chunks rendered at once from the reader's on: it and the one after it fill a screen (16 rows
 * each, the reader's row at the top of the screen). The chunk before it is off the screen,
 * skipped at its estimate; it fills in the first slices.
 */
const AFTER = 1;
/**
 * Rows of changed chunks up to which everything renders at once: a fold a reader opens, or a
 * selection that unfolds one, stays one commit (as before) unless it is large.
 */
export const AT_ONCE = 160;
/** What one idle slice does: two chunks filled cost about as much as six removed. */
export const SLICE = 6;
const FILL_COST = 3;
/**
 * Chunks this close to the reader's are within the browser's margin around the screen, so one
 * filled there is also styled, laid out and painted in the next frame (about 25 ms at 4x CPU
 * slowdown): those fill one a slice. Two in one slice made a frame of 64 ms opening a fold.
 */
const NEAR = 2;

const rowsOfItem = (item: RowItem): readonly Row[] => (item.type === 'fold' ? item.rows : [item]);

/** The rows a chunk's item stands for, folded ones included. */
export function rowsOf(mode: MountMode, item: unknown): readonly Row[] {
  return mode === 'side'
    ? rowsOfItem(item as RowItem)
    : (item as readonly RowItem[]).flatMap(rowsOfItem);
}

/** How many rows an item stands for: a fold, every row it hides; inline, a paragraph's. */
const countRows = (mode: MountMode, item: unknown): number =>
  mode === 'side'
    ? rowsOfItem(item as RowItem).length
    : (item as readonly RowItem[]).reduce((n, row) => n + rowsOfItem(row).length, 0);

/** The same items: the same objects, folds over the same rows, or (inline) paragraphs of those. */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i];
      if (x === y) return true;
      if (Array.isArray(x) && Array.isArray(y)) return sameItems(x, y);
      // A fold made anew over the same rows (folds are re-made whenever any fold changes).
      const [f, g] = [x as RowItem, y as RowItem];
      return f.type === 'fold' && g.type === 'fold' && f.key === g.key && sameItems(f.rows, g.rows);
    })
  );
}

/**
 * `indices` ordered by distance from `at`, the text below before the text above at the same
 * distance and the next one up: a reader reads on, and what is above is off the screen.
 */
export function nearestFirst(indices: readonly number[], at: number): number[] {
  const distance = (i: number) => (i >= at ? i - at : at - i + 1.5);
  return [...indices].sort((x, y) => distance(x) - distance(y));
}

/** The index of the first chunk holding a row that `match` accepts, or -1. */
export function chunkHolding<T>(
  chunks: readonly Chunk<T>[],
  mode: MountMode,
  match: (row: Row) => boolean,
): number {
  return chunks.findIndex((chunk) => chunk.items.some((item) => rowsOf(mode, item).some(match)));
}

/**
 * Whether a chunk before `at` in `next` is new or holds other items than `prev` rendered: a
 * change of the text above the chunk at `at` (a fold opened above it), which pushes that chunk
 * down the page.
 */
export function changesAbove<T>(prev: Mounting<T>, next: readonly Chunk<T>[], at: number): boolean {
  const before = new Map(prev.shown.map((c) => [c.key, c]));
  return next.slice(0, at).some((chunk) => {
    const old = before.get(chunk.key);
    return !old || old.gone === true || old.pending === true || !sameItems(old.items, chunk.items);
  });
}

/** The number in a chunk's key (`c12`: 12), its place among chunks of either mode. */
const place = (key: string) => Number(key.slice(1));

/** Every chunk rendered as it is. */
const everything = <T>(source: readonly Chunk<T>[], all?: boolean): Mounting<T> => ({
  source,
  shown: source,
  queue: [],
  all,
});

/**
 * The rendering of `next` after `prev`. A chunk whose items did not change keeps its object (its
 * memoised component skips it). Changed chunks from `at` (the reader's) to two after it render
 * now; the others wait empty, at their estimated height, and fill nearest the reader first.
 * Chunks rendered before that `next` no longer has (folding back: the rows a fold now hides)
 * stay in the page, hidden (`gone`), and are removed a few at a time: React removed 4,200 rows in
 * one commit in about 100 ms at 4× CPU slowdown, and cleaned up after them in another 90.
 * `at` null, a first render (`prev` null), or few changed rows: everything now.
 */
export function planMount<T>(
  prev: Mounting<T> | null,
  next: readonly Chunk<T>[],
  at: number | null,
  mode: MountMode,
): Mounting<T> {
  if (!prev) return everything(next);
  const before = new Map(prev.shown.map((c) => [c.key, c]));
  const keys = new Set(next.map((c) => c.key));
  const changed: number[] = [];
  let rows = 0;
  const shown: ShownChunk<T>[] = next.map((chunk, i) => {
    const old = before.get(chunk.key);
    if (old && !old.gone && sameItems(old.items, chunk.items)) return old.pending ? chunk : old;
    changed.push(i);
    // Counted only up to the threshold: unfolding 4,200 rows counted them all for one answer.
    for (const item of chunk.items) if (rows <= AT_ONCE) rows += countRows(mode, item);
    return chunk;
  });
  if (at === null || rows <= AT_ONCE) return { source: next, shown, queue: [], all: prev.all };
  const fill = nearestFirst(
    changed.filter((i) => i < at || i > at + AFTER),
    at,
  );
  for (const i of fill) shown[i] = { key: (next[i] as Chunk<T>).key, items: [], pending: true };
  const gone = prev.shown
    .filter((c) => !keys.has(c.key) && !c.pending)
    .map((c) => (c.gone ? c : { ...c, gone: true }));
  const queue = [
    ...fill.map((i) => (next[i] as Chunk<T>).key),
    ...nearestFirst(
      gone.map((c) => place(c.key)),
      place((next[at] as Chunk<T>).key),
    ).map((n) => `c${n}`),
  ];
  return {
    source: next,
    shown: [...shown, ...gone].sort((a, b) => place(a.key) - place(b.key)),
    queue,
    near: fill.filter((i) => Math.abs(i - at) <= NEAR).map((i) => (next[i] as Chunk<T>).key),
  };
}

/**
 * The next slice of what is left, nearest the reader first: chunks filled with their rows (two
 * by default, one next to the reader's) or removed (six); with `at` (a key), the ones nearest it
 * first (a jump to a chunk still waiting). `budget` Infinity: everything.
 */
export function fillNext<T>(m: Mounting<T>, budget = SLICE, at?: string): Mounting<T> {
  if (m.queue.length === 0) return m;
  const source = new Map(m.source.map((c) => [c.key, c]));
  const queue =
    at === undefined ? m.queue : nearestFirst(m.queue.map(place), place(at)).map((n) => `c${n}`);
  // Next to the reader's chunk, a chunk fills alone (`NEAR`).
  const alone = (key: string | undefined) =>
    budget === SLICE && at === undefined && key !== undefined && (m.near?.includes(key) ?? false);
  const first = alone(queue[0]);
  const done = new Set<string>();
  let spent = 0;
  for (const key of queue) {
    if (spent >= budget || (spent > 0 && (first || alone(key)))) break;
    spent += source.has(key) ? FILL_COST : 1;
    done.add(key);
  }
  const shown = m.shown.flatMap((c) => {
    if (!done.has(c.key)) return [c];
    const chunk = source.get(c.key);
    return chunk ? [chunk] : [];
  });
  return { ...m, shown, queue: queue.filter((key) => !done.has(key)) };
}
