import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/engine/compare.ts';
import { buildCompareModel } from '../../../src/features/comparison/compare-model.ts';
import {
  buildRows,
  foldRows,
  rowChunks,
  rowsIn,
  type RowItem,
} from '../../../src/features/comparison/compare-rows.ts';
import {
  chunkOfRow,
  chunkOfTarget,
  chunkText,
  indexesBetween,
  rowText,
} from '../../../src/features/comparison/row-window.ts';

const labels = { left: 'Wire', right: 'Update' };
const same = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `Paragraph ${i + 1} says the harbour wall number ${i + 1} holds firm.`,
  );

function rows(left: string[], right: string[]) {
  const comparison = compareVersions(
    { label: 'Wire', paragraphs: left },
    { label: 'Update', paragraphs: right },
  );
  return buildRows(comparison, buildCompareModel(comparison), 'left');
}

const single = (item: RowItem) => [item];

describe('which chunks are near the screen', () => {
  const boxes = [0, 100, 200, 300, 400].map((top) => ({ top, bottom: top + 100 }));

  it('finds every box that overlaps the band, and only those', () => {
    expect(indexesBetween(boxes, 150, 320)).toEqual([1, 2, 3]);
    expect(indexesBetween(boxes, -50, 10)).toEqual([0]);
  });

  it('finds none above or below the text', () => {
    expect(indexesBetween(boxes, 600, 900)).toEqual([]);
    expect(indexesBetween(boxes, -300, -10)).toEqual([]);
    expect(indexesBetween([], 0, 100)).toEqual([]);
  });
});

describe('a light chunk', () => {
  const left = same(40);
  const right = [...left];
  right[30] = 'Paragraph 31 says the ferry now sails at dawn instead of noon.';
  right.splice(35, 0, 'A new paragraph about the ferry timetable.');
  const all = rows(left, right);
  const chunks = rowChunks(all, rowsIn, 16);

  it('holds every row of its chunk as readable text, both versions where they differ', () => {
    const last = chunks.at(-1);
    const text = chunkText(last?.items ?? [], single, labels, new WeakMap());
    expect(text).toContain('Paragraph 33 says the harbour wall number 33 holds firm.');
    expect(text).toContain('Only in Update: A new paragraph about the ferry timetable.');
    const middle = chunkText(chunks[1]?.items ?? [], single, labels, new WeakMap());
    expect(middle).toContain(
      'Wire: Paragraph 31 says the harbour wall number 31 holds firm. Update: Paragraph 31 says the ferry now sails at dawn instead of noon.',
    );
    // Unchanged text once, not once per version.
    expect(middle.split('Paragraph 20 says').length).toBe(2);
    // A paragraph starts a new line.
    expect(middle.split('\n').length).toBeGreaterThan(10);
  });

  it('says a fold in words', () => {
    const folded = foldRows(all, 'left', new Set());
    const fold = folded.find((item) => item.type === 'fold');
    expect(fold && rowText(fold, labels)).toMatch(/^\d+ unchanged paragraphs\.$/);
  });

  it('knows the chunk of a row and of a selection, also inside a fold', () => {
    const changed = all.find((r) => r.type === 'pair' && !r.unchanged);
    const only = all.find((r) => r.type === 'only');
    expect(chunkOfTarget(chunks, single, { pair: changed?.pair ?? -1 })).toBe('c1');
    expect(chunkOfTarget(chunks, single, { sentences: [only?.right[0]?.id ?? ''] })).toBe('c2');
    expect(chunkOfTarget(chunks, single, null)).toBeNull();
    expect(chunkOfRow(chunks, single, only?.key ?? '')).toBe('c2');
    expect(chunkOfRow(chunks, single, 'nowhere')).toBeNull();
    const folded = rowChunks(foldRows(all, 'left', new Set()), rowsIn, 16);
    expect(chunkOfRow(folded, single, all[5]?.key ?? '')).toBe('c0');
  });

  it('reads a row from the cache while the rows are the same objects', () => {
    const cache = new WeakMap<RowItem, string>();
    const first = chunks[0];
    chunkText(first?.items ?? [], single, labels, cache);
    if (first?.items[0]) cache.set(first.items[0], 'cached');
    expect(chunkText(first?.items ?? [], single, labels, cache)).toMatch(/^cached\n/);
  });
});
