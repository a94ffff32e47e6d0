/**
 * Specification of `minor.ts`: which changes a reader may hide as noise, and which never.
 */
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/engine/compare.ts';
import { decodeComparison, encodeComparison } from '../../src/engine/compact.ts';
import { isMinorChange, sameWordSpelledDifferently } from '../../src/engine/minor.ts';

describe('isMinorChange', () => {
  it('is minor when only punctuation, case, whitespace or quote style differ', () => {
    expect(isMinorChange('The deal, he said, was signed.', 'The deal he said was signed')).toBe(
      true,
    );
    expect(isMinorChange('the U.S. army', 'The US Army')).toBe(true);
    expect(isMinorChange('It was  signed\tin Tokyo.', 'It was signed in Tokyo.')).toBe(true);
    expect(isMinorChange('He said “no” to it.', 'He said "no" to it.')).toBe(true);
    expect(isMinorChange('Kishi’s visit', "Kishi's visit")).toBe(true);
    expect(isMinorChange('an e-mail', 'an email')).toBe(true);
  });

  it('is minor for spelling within edit distance 2 per word', () => {
    expect(isMinorChange('defence cooperation', 'defense cooperation')).toBe(true);
    expect(isMinorChange('the colour of money', 'the color of money')).toBe(true);
    expect(isMinorChange('they recieved it', 'they received it')).toBe(true);
  });

  it('is substantive when a word is added, dropped or replaced', () => {
    expect(isMinorChange('The deal was signed.', 'The deal was not signed.')).toBe(false);
    expect(isMinorChange('The deal was signed on Monday.', 'The deal was signed.')).toBe(false);
    expect(isMinorChange('Phan Van Giang', 'Van Van Jung')).toBe(false);
    expect(isMinorChange('the transfer of equipment', 'the relocation of equipment')).toBe(false);
  });

  it('is substantive when a figure changes, however small the edit', () => {
    expect(isMinorChange('the 11th nation', 'the 12th nation')).toBe(false);
    expect(isMinorChange('3.5 percent', '3.6 percent')).toBe(false);
  });

  it('identical texts are no change at all, so not minor', () => {
    expect(isMinorChange('Same.', 'Same.')).toBe(false);
  });

  it('is symmetric', () => {
    for (const [a, b] of [
      ['colour', 'color'],
      ['The deal.', 'the deal'],
      ['11th', '12th'],
    ] as const)
      expect(isMinorChange(a, b)).toBe(isMinorChange(b, a));
  });
});

describe('sameWordSpelledDifferently', () => {
  it('accepts up to two edits and no more', () => {
    expect(sameWordSpelledDifferently('organise', 'organize')).toBe(true);
    expect(sameWordSpelledDifferently('theatre', 'theater')).toBe(true);
    expect(sameWordSpelledDifferently('giang', 'jung')).toBe(false);
  });
});

describe('minor in a comparison', () => {
  const left = {
    label: null,
    paragraphs: [
      'The defence minister arrived on Monday. He met the president. Talks lasted two hours.',
    ],
  };
  const right = {
    label: null,
    paragraphs: [
      'The defense minister arrived on Monday! He met the prime minister. Talks lasted two hours.',
    ],
  };
  const c = compareVersions(left, right);

  it('marks each changed pair minor or substantive, identical pairs neither', () => {
    expect(c.pairs.map((p) => [p.kind, p.minor])).toEqual([
      ['changed', true],
      ['changed', false],
      ['identical', false],
    ]);
  });

  it('counts minor and substantive pairs in the stats', () => {
    expect(c.stats).toMatchObject({ changed: 2, minor: 1, substantive: 1 });
  });

  it('survives the compact form, appended last to each pair', () => {
    const compact = encodeComparison(c);
    expect(compact.p.map((p) => p[6])).toEqual([1, 0, 0]);
    expect(decodeComparison(compact, left, right).pairs.map((p) => p.minor)).toEqual([
      true,
      false,
      false,
    ]);
  });
});
