import { describe, expect, it } from 'vitest';
import {
  isRewrite,
  markShared,
  markSharedOnce,
  sharedShare,
} from '../../../src/features/comparison/rewrite.ts';
import type { Pair } from '../../../src/engine/types.ts';

const pair = (diff: Pair['diff']): Pair =>
  ({
    left: ['L0'],
    right: ['R0'],
    kind: 'changed',
    moved: false,
    similarity: 0.5,
    diff,
    minor: false,
  }) as Pair;

describe('rewrites shown as before and after', () => {
  it('measures the share of the longer side’s words that the diff keeps', () => {
    expect(sharedShare([{ op: 'equal', text: 'The wall holds.' }])).toBe(1);
    expect(
      sharedShare([
        { op: 'equal', text: 'The wall ' },
        { op: 'delete', text: 'holds' },
        { op: 'insert', text: 'has failed again' },
        { op: 'equal', text: '.' },
      ]),
    ).toBeCloseTo(2 / 5);
  });
  it('calls a pair keeping under 60% of its words a rewrite, an edit otherwise', () => {
    const edit = pair([
      { op: 'equal', text: 'Work is ' },
      { op: 'delete', text: 'due' },
      { op: 'insert', text: 'expected' },
      { op: 'equal', text: ' to start in April.' },
    ]);
    const rewrite = pair([
      { op: 'delete', text: 'Rowe rejected that.' },
      { op: 'insert', text: 'Rowe dismissed the claim outright.' },
    ]);
    expect(isRewrite(edit)).toBe(false);
    expect(isRewrite(rewrite)).toBe(true);
    expect(isRewrite({ ...rewrite, kind: 'identical' })).toBe(false);
  });
  it('marks only the names and numbers both sentences have', () => {
    const runs = markShared(
      'Kishi said talks with Phan Van Giang went to a new level in 2021.',
      'The meeting with Van Van Jung in 2021 was friendly, Kishi said.',
    );
    expect(runs.filter((r) => r.shared).map((r) => r.text)).toEqual(['Van', '2021']);
    expect(runs.map((r) => r.text).join('')).toBe(
      'Kishi said talks with Phan Van Giang went to a new level in 2021.',
    );
  });
});

describe('markSharedOnce', () => {
  it('marks as markShared does, once per row and pair of texts', () => {
    const row = {};
    const first = markSharedOnce(row, 'Rowe met Giang on Tuesday.', 'On Tuesday Giang spoke.');
    expect(first).toEqual(markShared('Rowe met Giang on Tuesday.', 'On Tuesday Giang spoke.'));
    expect(markSharedOnce(row, 'Rowe met Giang on Tuesday.', 'On Tuesday Giang spoke.')).toBe(
      first,
    );
    // Another text of the same row, or the same text for another row, is marked afresh.
    expect(markSharedOnce(row, 'Rowe met Giang.', 'Giang spoke.')).toEqual(
      markShared('Rowe met Giang.', 'Giang spoke.'),
    );
    expect(markSharedOnce({}, 'Rowe met Giang on Tuesday.', 'On Tuesday Giang spoke.')).not.toBe(
      first,
    );
  });
});
