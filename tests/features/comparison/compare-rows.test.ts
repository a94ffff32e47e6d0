import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/engine/compare.ts';
import { buildCompareModel } from '../../../src/features/comparison/compare-model.ts';
import {
  buildRows,
  foldByDefault,
  foldHiding,
  foldLabel,
  foldRows,
  foldsAny,
  inlineParagraphs,
  itemHolding,
  rowChunks,
  rowsIn,
  type Fold,
} from '../../../src/features/comparison/compare-rows.ts';

const same = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `Paragraph ${i + 1} says the harbour wall number ${i + 1} holds firm.`,
  );

function rowsOf(left: string[], right: string[], order: 'left' | 'right' = 'left', quiet = false) {
  const comparison = compareVersions(
    { label: 'Wire', paragraphs: left },
    { label: 'Update', paragraphs: right },
  );
  const model = buildCompareModel(comparison);
  return { comparison, rows: buildRows(comparison, model, order, quiet) };
}

const ids = (row: { left: { id: string }[]; right: { id: string }[] }) => [
  row.left.map((s) => s.id).join('+'),
  row.right.map((s) => s.id).join('+'),
];

describe('rows: pairs level with each other', () => {
  it('puts each pair in one row and a blank beside text only one version has, in reading order', () => {
    const left = same(3);
    const right = [
      left[0] ?? '',
      'A wholly new paragraph about the ferry timetable.',
      left[1] ?? '',
      left[2] ?? '',
    ];
    const { rows } = rowsOf(left, right);
    expect(rows.map(ids)).toEqual([
      ['L0', 'R0'],
      ['', 'R1'],
      ['L1', 'R2'],
      ['L2', 'R3'],
    ]);
    expect(rows.map((r) => r.type)).toEqual(['pair', 'only', 'pair', 'pair']);
    expect(rows.map((r) => r.unchanged)).toEqual([true, false, true, true]);
  });

  it('follows the other version’s order when asked, and a moved pair leaves a marker at its old place', () => {
    const left = same(4);
    // The last paragraph moves to the top in the update.
    const right = [left[3] ?? '', left[0] ?? '', left[1] ?? '', left[2] ?? ''];
    const { rows } = rowsOf(left, right);
    const moved = rows.find((r) => r.away !== null && r.type === 'pair');
    const marker = rows.find((r) => r.type === 'moved-away');
    expect(moved?.pair).toBe(marker?.pair);
    expect(moved?.away).toBe('right');
    // The marker stands where the update had it: first.
    expect(rows[0]?.type).toBe('moved-away');
    expect(rows.at(-1)?.key).toBe(moved?.key);
    const { rows: byRight } = rowsOf(left, right, 'right');
    expect(byRight.filter((r) => r.type === 'pair').map((r) => r.right[0]?.id)).toEqual([
      'R0',
      'R1',
      'R2',
      'R3',
    ]);
    expect(byRight.find((r) => r.type === 'moved-away')?.away).toBe('left');
  });

  it('counts a minor change as unchanged only when minor changes are quiet', () => {
    const left = same(2);
    const right = [left[0] ?? '', (left[1] ?? '').replace('firm.', 'firm!')];
    expect(rowsOf(left, right).rows[1]?.unchanged).toBe(false);
    expect(rowsOf(left, right, 'left', true).rows[1]?.unchanged).toBe(true);
  });

  it('marks the rows where a paragraph starts', () => {
    const { rows } = rowsOf(
      ['One sentence here. Two sentences here.'],
      ['One sentence here. Two sentences here.'],
    );
    expect(rows.map((r) => r.paragraphStart)).toEqual([true, false]);
  });
});

describe('folding unchanged text', () => {
  const left = same(12);
  const right = left.map((p, i) => (i === 6 ? p.replace('holds firm', 'has failed') : p));
  const { rows } = rowsOf(left, right);

  it('folds each unchanged run to one line, keeping a row of context beside a change', () => {
    const items = foldRows(rows, 'left');
    expect(items.map((i) => (i.type === 'fold' ? `fold ${i.rows.length}` : i.key))).toEqual([
      'fold 5',
      'p6',
      'p7',
      'p8',
      'fold 4',
    ]);
    const [first] = items;
    expect(foldLabel(first as Fold)).toBe('5 unchanged paragraphs');
  });

  it('leaves a fold open when asked, and finds which fold hides a pair or a row', () => {
    const items = foldRows(rows, 'left');
    expect(foldHiding(items, 1)).toBe('p1');
    expect(foldHiding(items, 6)).toBeNull();
    expect(itemHolding(items, 'p3')).toBe('p1');
    expect(itemHolding(items, 'p7')).toBe('p7');
    const opened = foldRows(rows, 'left', new Set(['p1']));
    expect(opened.filter((i) => i.type === 'fold')).toHaveLength(1);
    expect(opened.slice(0, 5).map((i) => i.key)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
  });

  it('does not fold a run that would hide a single row', () => {
    const short = rowsOf(
      same(3),
      same(3).map((p, i) => (i === 1 ? `${p} Again.` : p)),
    ).rows;
    expect(foldRows(short, 'left').every((i) => i.type !== 'fold')).toBe(true);
    expect(foldsAny(short)).toBe(false);
  });

  it('tells whether changes only would fold anything, even where it is off by default', () => {
    expect(foldsAny(rows)).toBe(true);
    // Under half unchanged (off by default), but one unchanged run is long enough to fold.
    const mostlyChanged = rowsOf(
      same(12),
      same(12).map((p, i) => (i < 7 ? `${p.replace('holds firm', 'was rebuilt')} Again.` : p)),
    ).rows;
    expect(foldByDefault(mostlyChanged)).toBe(false);
    expect(foldsAny(mostlyChanged)).toBe(true);
    const allChanged = rowsOf(
      same(4),
      same(4).map((p) => `${p} Again.`),
    ).rows;
    expect(foldsAny(allChanged)).toBe(false);
  });

  it('is on by default when most of the text is unchanged, off otherwise', () => {
    expect(foldByDefault(rows)).toBe(true);
    const changed = rowsOf(
      same(4),
      same(4).map((p) => p.replace('holds firm', 'has failed')),
    ).rows;
    expect(foldByDefault(changed)).toBe(false);
  });

  it('keeps a fold between paragraphs of the inline text', () => {
    const paragraphs = inlineParagraphs(foldRows(rows, 'left'));
    expect(paragraphs.map((p) => p.map((i) => i.type))).toEqual([
      ['fold'],
      ['pair'],
      ['pair'],
      ['pair'],
      ['fold'],
    ]);
  });

  it('cuts chunks by row position, so a chunk keeps its key and rows when a fold opens or closes', () => {
    const chunk = (items: ReturnType<typeof foldRows>) =>
      rowChunks(items, rowsIn, 4).map((c) => `${c.key}: ${c.items.map((i) => i.key).join(' ')}`);
    // Rows p1–p5 folded (one line standing for five rows), then p6–p8, then p9–p12 folded.
    expect(chunk(foldRows(rows, 'left'))).toEqual(['c0: p1', 'c1: p6 p7 p8', 'c2: p9']);
    expect(chunk(rows)).toEqual(['c0: p1 p2 p3 p4', 'c1: p5 p6 p7 p8', 'c2: p9 p10 p11 p12']);
    // Opening the first fold leaves the chunk after it as it was.
    expect(chunk(foldRows(rows, 'left', new Set(['p1'])))).toEqual([
      'c0: p1 p2 p3 p4',
      'c1: p5 p6 p7 p8',
      'c2: p9',
    ]);
  });
});
