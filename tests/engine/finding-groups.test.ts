import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types.ts';
import { rankFindings } from '../../src/engine/rank-findings.ts';
import { groupFindings } from '../../src/engine/finding-groups.ts';

const finding = (text: string, weight: Finding['weight'], reason: string | null = null) =>
  ({ text, weight, reason }) as Finding;

describe('groupFindings', () => {
  it('lists a finding made in several places once, where its first place ranks', () => {
    const ranked = rankFindings([
      finding('“4.2” became “4.8”', 'meaning'),
      finding('“Giang” became “Jung”', 'error', 'looks garbled'),
      finding('“4.2” became “4.8”', 'meaning'),
      finding('“4.2” became “4.8”', 'meaning'),
    ]);
    const groups = groupFindings(ranked);
    expect(groups.map((g) => [g.first.finding.text, g.places.map((r) => r.index)])).toEqual([
      ['“Giang” became “Jung”', [1]],
      ['“4.2” became “4.8”', [0, 2, 3]],
    ]);
  });

  it('keeps apart findings that read alike but differ in weight or reason', () => {
    const groups = groupFindings(
      rankFindings([
        finding('“11th” became “11NS”', 'error', 'not a number as written'),
        finding('“11th” became “11NS”', 'meaning'),
        finding('“11th” became “11NS”', 'error', 'another reason'),
      ]),
    );
    expect(groups).toHaveLength(3);
    expect(groups.every((g) => g.places.length === 1)).toBe(true);
  });

  it('gives nothing for no findings', () => {
    expect(groupFindings([])).toEqual([]);
  });
});
