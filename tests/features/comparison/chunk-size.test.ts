import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/engine/compare.ts';
import {
  calibration,
  estimateHeight,
  linesFor,
  paragraphBlock,
  rowBlock,
  type TextMetrics,
} from '../../../src/features/comparison/chunk-size.ts';
import { buildCompareModel } from '../../../src/features/comparison/compare-model.ts';
import {
  buildRows,
  foldRows,
  inlineParagraphs,
} from '../../../src/features/comparison/compare-rows.ts';

const metrics: TextMetrics = { charsPerLine: 40, linePx: 20, blockPx: 30, paragraphGapPx: 10 };

function rows(left: string[], right: string[]) {
  const comparison = compareVersions(
    { label: 'Wire', paragraphs: left },
    { label: 'Update', paragraphs: right },
  );
  return buildRows(comparison, buildCompareModel(comparison), 'left');
}

const short = 'The harbour wall held.';
const long =
  'The harbour wall, built in 1911 and raised twice since, held through the night while the ' +
  'river rose above every mark the town had kept since the great flood of 1953.';

describe('linesFor', () => {
  it('wraps text to whole lines, one at least, none for no text', () => {
    expect(linesFor(0, 40)).toBe(0);
    expect(linesFor(1, 40)).toBe(1);
    expect(linesFor(40, 40)).toBe(1);
    expect(linesFor(41, 40)).toBe(2);
    expect(linesFor(200, 40)).toBe(5);
  });
});

describe('estimateHeight', () => {
  it('counts the taller column of each row, a gap before a paragraph, a fixed height for a line without text', () => {
    const height = estimateHeight(
      [
        { columns: [30, 100], paragraphStart: true },
        { columns: [0, 50], paragraphStart: false },
        { columns: [], paragraphStart: false },
      ],
      metrics,
    );
    // 3 lines + gap, 2 lines, one fold line.
    expect(height).toBe(3 * 20 + 10 + 2 * 20 + 30);
  });
});

describe('rowBlock and paragraphBlock', () => {
  it('side by side, a row is as tall as its longer cell; stacked, a changed row shows both versions', () => {
    const [row] = rows([long], [short]);
    if (!row) throw new Error('no row');
    const side = rowBlock(row, false);
    expect(side.columns).toHaveLength(2);
    expect(Math.max(...side.columns)).toBeGreaterThanOrEqual(long.length);
    expect(Math.min(...side.columns)).toBeLessThan(long.length);
    const stacked = rowBlock(row, true);
    expect(stacked.columns).toHaveLength(1);
    expect(stacked.columns[0]).toBeGreaterThanOrEqual(long.length + short.length);
  });

  it('stacked, an unchanged row shows once', () => {
    const [row] = rows([long], [long]);
    if (!row) throw new Error('no row');
    expect(rowBlock(row, true).columns[0]).toBeLessThan(2 * long.length);
  });

  it('a fold is one line without text; an inline paragraph counts both versions of a changed pair', () => {
    const text = Array.from({ length: 6 }, (_, i) => `${long} Number ${i}.`);
    const folded = foldRows(rows(text, text), 'left');
    const fold = folded.find((item) => item.type === 'fold');
    if (!fold) throw new Error('no fold');
    expect(rowBlock(fold, false).columns).toEqual([]);

    const [paragraph] = inlineParagraphs(rows([long], [short]));
    if (!paragraph) throw new Error('no paragraph');
    expect(paragraphBlock(paragraph).columns[0]).toBeGreaterThanOrEqual(long.length + short.length);
  });
});

describe('calibration', () => {
  it('is the ratio of real to estimated heights over all samples', () => {
    expect(
      calibration([
        [100, 150],
        [300, 450],
      ]),
    ).toBeCloseTo(1.5);
  });

  it('stays within 0.5–2 and is 1 without a sample', () => {
    expect(calibration([[100, 1000]])).toBe(2);
    expect(calibration([[1000, 100]])).toBe(0.5);
    expect(calibration([])).toBe(1);
  });
});
