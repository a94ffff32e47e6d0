/**
 * The lightly edited long story the comparison-view bench measures: the fixture's text many
 * times over, the edits in only a few copies, so changes only is on by default there (the bench
 * relies on that to measure opening a fold).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/engine/compare.ts';
import { buildCompareModel } from '../../src/features/comparison/compare-model.ts';
import { buildRows, foldByDefault } from '../../src/features/comparison/compare-rows.ts';
import { generateLightlyEdited } from '../../scripts/generate-content.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'lightly-edited-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The body's paragraphs, after the frontmatter. */
const paragraphs = (file: string) =>
  readFileSync(path.join(dir, file), 'utf8').split('\n---\n')[1]?.trim().split(/\n\n+/) ?? [];

describe('generateLightlyEdited', () => {
  it('repeats the fixture story, edits three copies, and leaves most text unchanged', () => {
    generateLightlyEdited(dir, 20);
    const wire = paragraphs('lightly-edited-wire.md');
    const updated = paragraphs('lightly-edited-updated.md');
    expect(wire.length % 20).toBe(0);
    expect(updated.length).toBeGreaterThan(wire.length);
    // The corrected figure stands in the edited copies only (the fixture's update says it twice).
    const corrected = (text: string[]) => text.filter((p) => p.includes('4.8 million')).length;
    expect(corrected(updated)).toBe(3 * 2);
    expect(corrected(wire)).toBe(0);

    const comparison = compareVersions(
      { label: 'Wire copy', paragraphs: wire },
      { label: 'Updated copy', paragraphs: updated },
    );
    const rows = buildRows(comparison, buildCompareModel(comparison), 'left');
    expect(foldByDefault(rows)).toBe(true);
  });

  it('dates the updated copy after the wire copy, as its fixture does', () => {
    generateLightlyEdited(dir, 2);
    const date = (file: string) =>
      /^date: (.+)$/m.exec(readFileSync(path.join(dir, file), 'utf8'))?.[1];
    expect([date('lightly-edited-wire.md'), date('lightly-edited-updated.md')]).toEqual([
      '2026-03-12',
      '2026-03-13',
    ]);
  });
});
