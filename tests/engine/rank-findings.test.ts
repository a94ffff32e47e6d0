import { describe, expect, it } from 'vitest';
import { classifyChange } from '../../src/engine/finding-weight.ts';
import { rankFindings } from '../../src/engine/rank-findings.ts';
import type { Finding } from '../../src/engine/types.ts';

describe('rankFindings', () => {
  const finding = (kind: Finding['kind'], left: string | null, right: string | null): Finding => ({
    kind,
    left,
    right,
    pair: 0,
    leftRange: null,
    rightRange: null,
    weight: classifyChange(kind, left, right),
    text: '',
    reason: null,
  });

  it('lists likely errors first, then meaning, then style, each kept in reading order', () => {
    const ranked = rankFindings([
      finding('name', 'U.S.', 'United States'),
      finding('quote', '“a”', null),
      finding('name', 'Phan Van Giang', 'Van Van Jung'),
      finding('number', '11th', '11NS'),
      finding('number', '14', '15'),
    ]);
    expect(ranked.map((r) => [r.index, r.weight])).toEqual([
      [2, 'error'],
      [3, 'error'],
      [1, 'meaning'],
      [4, 'meaning'],
      [0, 'style'],
    ]);
  });
});
