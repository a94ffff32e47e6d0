import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/engine/compare.ts';
import { buildCompareModel } from '../../../src/features/comparison/compare-model.ts';
import {
  buildRows,
  foldRows,
  inlineParagraphs,
  rowChunks,
  rowsIn,
  ROWS_PER_CHUNK,
  type RowItem,
} from '../../../src/features/comparison/compare-rows.ts';
import {
  AT_ONCE,
  changesAbove,
  chunkHolding,
  fillNext,
  nearestFirst,
  planMount,
  type Mounting,
} from '../../../src/features/comparison/mount-order.ts';

/** A long, lightly edited story: 600 paragraphs, one changed in every hundred. */
function story() {
  const left = Array.from(
    { length: 600 },
    (_, i) => `Paragraph ${i + 1} says wall ${i + 1} holds.`,
  );
  const right = left.map((p, i) => (i % 100 === 50 ? `${p} It was repaired in May.` : p));
  const comparison = compareVersions(
    { label: 'Wire', paragraphs: left },
    { label: 'Update', paragraphs: right },
  );
  return buildRows(comparison, buildCompareModel(comparison), 'left');
}

const rows = story();
const chunksOf = (items: readonly RowItem[]) => rowChunks(items, rowsIn, ROWS_PER_CHUNK);
const folded = chunksOf(foldRows(rows, 'left'));
const unfolded = chunksOf(rows);
const first = planMount(null, folded, null, 'side');
const keys = (m: Mounting<unknown>) => m.shown.map((c) => c.key);

/** Runs the idle slices until nothing is left, as the view does. */
function settle<T>(m: Mounting<T>): Mounting<T> {
  let next = m;
  for (let i = 0; next.queue.length > 0 && i < 1000; i++) next = fillNext(next);
  return next;
}

describe('mounting a long view a few chunks at a time', () => {
  it('renders everything at once the first time', () => {
    expect(first.shown).toEqual(folded);
    expect(first.queue).toEqual([]);
  });

  it('unfolding renders the reader’s chunk and the next now; the rest wait empty, nearest first', () => {
    const m = planMount(first, unfolded, 20, 'side');
    expect(m.shown[20]).toBe(unfolded[20]);
    expect(m.shown[21]).toBe(unfolded[21]);
    // Below before above at the same distance: the reader reads on.
    expect(m.queue.slice(0, 5)).toEqual(['c22', 'c19', 'c23', 'c18', 'c24']);
    expect(m.shown[22]).toEqual({ key: 'c22', items: [], pending: true });
    expect(m.shown.filter((c) => c.pending)).toHaveLength(m.queue.length);
    expect(keys(m)).toEqual(unfolded.map((c) => c.key));
  });

  it('every row is eventually mounted, each chunk its source object', () => {
    const m = settle(planMount(first, unfolded, 20, 'side'));
    expect(m.queue).toEqual([]);
    m.shown.forEach((chunk, i) => expect(chunk).toBe(unfolded[i]));
  });

  it('a slice fills one chunk next to the reader’s, two further away, or removes six', () => {
    const m = planMount(first, unfolded, 20, 'side');
    // Within two chunks of the reader's (20; 21 renders with it): laid out as they fill.
    expect(m.near).toEqual(['c22', 'c19', 'c18']);
    const filled = (from: Mounting<unknown>, to: Mounting<unknown>) =>
      from.queue.filter((key) => !to.queue.includes(key));
    const one = fillNext(m);
    expect(filled(m, one)).toEqual(['c22']);
    expect(one.shown[22]).toBe(unfolded[22]);
    const two = fillNext(one);
    expect(filled(one, two)).toEqual(['c19']);
    // c23 is further away, but c18 after it is near: it waits for a slice of its own.
    const three = fillNext(two);
    expect(filled(two, three)).toEqual(['c23']);
    const four = fillNext(three);
    expect(filled(three, four)).toEqual(['c18']);
    const five = fillNext(four);
    expect(filled(four, five)).toEqual(['c24', 'c17']);
    // A jump or a print is not held back by it.
    expect(filled(m, fillNext(m, undefined, 'c22'))).toHaveLength(2);
    expect(fillNext(m, Infinity).queue).toEqual([]);
    const back = planMount(settle(m), folded, 1, 'side');
    const gone = back.queue.filter((key) => !folded.some((c) => c.key === key));
    expect(gone.length).toBeGreaterThan(6);
    const after = fillNext({ ...back, queue: gone });
    expect(after.queue).toEqual(gone.slice(6));
  });

  it('folding back hides the chunks it no longer has at once and removes them a few at a time', () => {
    const open = settle(planMount(first, unfolded, 20, 'side'));
    const back = planMount(open, folded, 1, 'side');
    const gone = back.shown.filter((c) => c.gone);
    expect(gone.length).toBe(unfolded.length - folded.length);
    // The very rows rendered before, only hidden: nothing is removed in this commit.
    for (const chunk of gone)
      expect(chunk.items).toBe(open.shown.find((c) => c.key === chunk.key)?.items);
    // In the order of the page, so nothing moves in it.
    expect(keys(back)).toEqual(unfolded.map((c) => c.key));
    const done = settle(back);
    expect(done.shown).toEqual(folded);
  });

  it('a chunk whose items stay the same keeps its object, even with its folds made anew', () => {
    const again = planMount(first, chunksOf(foldRows(rows, 'left')), 3, 'side');
    again.shown.forEach((chunk, i) => expect(chunk).toBe(first.shown[i]));
    expect(again.queue).toEqual([]);
  });

  it(`changing up to ${AT_ONCE} rows renders them at once (a fold a reader opens)`, () => {
    const fold = foldRows(rows, 'left').find((item) => item.type === 'fold');
    if (fold?.type !== 'fold') throw new Error('no fold');
    expect(fold.rows.length).toBeLessThanOrEqual(AT_ONCE);
    const opened = chunksOf(foldRows(rows, 'left', new Set([fold.key])));
    const m = planMount(first, opened, 0, 'side');
    expect(m.queue).toEqual([]);
    expect(m.shown).toEqual(opened);
  });

  it('without a reader’s place (no long view laid out, printing) renders everything at once', () => {
    const m = planMount(first, unfolded, null, 'side');
    expect(m.queue).toEqual([]);
    expect(m.shown).toEqual(unfolded);
  });

  it('a jump to a waiting chunk fills that chunk first', () => {
    const m = planMount(first, unfolded, 0, 'side');
    const at = chunkHolding(unfolded, 'side', (row) => row === rows[500]);
    const key = unfolded[at]?.key ?? '';
    expect(m.queue).toContain(key);
    const jumped = fillNext(m, undefined, key);
    expect(jumped.shown[at]).toBe(unfolded[at]);
    expect(jumped.queue).not.toContain(key);
  });

  it('inline: paragraphs made anew with the same rows count as the same', () => {
    const inline = (items: readonly RowItem[]) =>
      rowChunks(inlineParagraphs(items), (p) => p.reduce((n, r) => n + rowsIn(r), 0), 16);
    const before = planMount(null, inline(rows), null, 'inline');
    const again = planMount(before, inline(rows), 5, 'inline');
    again.shown.forEach((chunk, i) => expect(chunk).toBe(before.shown[i]));
    expect(again.queue).toEqual([]);
    const m = settle(planMount(before, inline(foldRows(rows, 'left')), 5, 'inline'));
    expect(m.shown.flatMap((c) => c.items.flat())).toEqual(foldRows(rows, 'left'));
  });

  it('orders by distance, below before above', () => {
    expect(nearestFirst([0, 1, 2, 4, 5, 9], 3)).toEqual([4, 5, 2, 1, 0, 9]);
  });
});

describe('text changing above a chunk (where the reader will be after a fold opens)', () => {
  const at = unfolded.findIndex((c) => c.key === folded[folded.length - 1]?.key);
  it('opening a fold above a chunk changes the text above it', () => {
    expect(at).toBeGreaterThan(0);
    expect(changesAbove(first, unfolded, at)).toBe(true);
  });

  it('nothing above changes when the same chunks come again, or only below', () => {
    expect(changesAbove(first, folded, folded.length - 1)).toBe(false);
    const open = settle(planMount(first, unfolded, 20, 'side'));
    expect(changesAbove(open, unfolded, 30)).toBe(false);
    // Folding back changes the chunks below the first fold, not the first chunk.
    expect(changesAbove(open, folded, 0)).toBe(false);
    expect(changesAbove(open, folded, 1)).toBe(true);
  });

  it('a chunk still waiting above counts as changed', () => {
    const waiting = planMount(first, unfolded, 20, 'side');
    expect(waiting.shown[19]?.pending).toBe(true);
    expect(changesAbove(waiting, unfolded, 21)).toBe(true);
  });
});
