/** Specification of `word-diff.ts`: the diff inside an aligned pair. */
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/engine/word-diff.ts';

const rebuild = (parts: ReturnType<typeof wordDiff>, side: 'left' | 'right') =>
  parts
    .filter((p) => p.op === 'equal' || p.op === (side === 'left' ? 'delete' : 'insert'))
    .map((p) => p.text)
    .join('');

describe('wordDiff', () => {
  it('marks a replaced word, not the space after it', () => {
    expect(wordDiff('the transfer of equipment', 'the relocation of equipment')).toEqual([
      { op: 'equal', text: 'the ' },
      { op: 'delete', text: 'transfer' },
      { op: 'insert', text: 'relocation' },
      { op: 'equal', text: ' of equipment' },
    ]);
  });

  it('folds a lone space between two changes into one highlight', () => {
    const parts = wordDiff('defense cooperation deal', 'security pact deal');
    expect(parts.filter((p) => p.op === 'delete').map((p) => p.text)).toEqual([
      'defense cooperation',
    ]);
  });

  it('keeps a whitespace difference as its own change, so both texts rebuild exactly', () => {
    const left = 'held  in Tokyo';
    const right = 'held in Tokyo';
    const parts = wordDiff(left, right);
    expect(rebuild(parts, 'left')).toBe(left);
    expect(rebuild(parts, 'right')).toBe(right);
  });

  it('is one equal run for identical texts and nothing for two empty ones', () => {
    expect(wordDiff('Same.', 'Same.')).toEqual([{ op: 'equal', text: 'Same.' }]);
    expect(wordDiff('', '')).toEqual([]);
  });
});
