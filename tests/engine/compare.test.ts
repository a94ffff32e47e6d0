/**
 * Spec of compare.ts on small hand-made versions (the seed pair has its own end-to-end tests in
 * compare-seeds.test.ts): what a caller of `compareVersions` reads from its result.
 */
import { describe, expect, it } from 'vitest';
import { compareVersions, sentencesOf } from '../../src/engine/compare.ts';
import type { VersionText } from '../../src/engine/types.ts';

const version = (...paragraphs: string[]): VersionText => ({ label: null, paragraphs });

const A = version(
  'Dock workers at Kelvport walked out on Monday. The union has 4,200 members.',
  'Talks collapsed last month.',
);

describe('sentencesOf', () => {
  it('numbers sentences in reading order across paragraphs, with offsets into each paragraph', () => {
    const sentences = sentencesOf(A, 'L');
    expect(sentences.map((s) => [s.id, s.paragraph, s.start])).toEqual([
      ['L0', 0, 0],
      ['L1', 0, 47],
      ['L2', 1, 0],
    ]);
    for (const s of sentences)
      expect(A.paragraphs[s.paragraph]?.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('compareVersions', () => {
  it('finds two copies identical: every pair identical, similarity 1, nothing one-sided', () => {
    const c = compareVersions(A, A);
    expect(c.pairs.every((p) => p.kind === 'identical' && !p.moved)).toBe(true);
    expect(c.stats.similarity).toBe(1);
    expect([c.leftOnly, c.rightOnly, c.findings]).toEqual([[], [], []]);
  });

  it('lists what only one side says, and a changed figure as a finding', () => {
    const B = version(
      'Dock workers at Kelvport walked out on Monday. The union has 4,500 members.',
      'Ships are waiting offshore.',
    );
    const c = compareVersions(A, B);
    expect(c.leftOnly).toEqual(['L2']);
    expect(c.rightOnly).toEqual(['R2']);
    expect(c.findings.map((f) => [f.kind, f.left, f.right, f.leftRange?.sentence])).toEqual([
      ['number', '4,200', '4,500', 'L1'],
    ]);
    expect(c.stats.changed).toBe(1);
    expect(c.stats.substantive).toBe(1);
  });

  it('marks a change of punctuation or spelling only as minor', () => {
    const B = version(
      'Dock workers at Kelvport walked out on Monday. The union has 4,200 memebers!',
      'Talks collapsed last month.',
    );
    const c = compareVersions(A, B);
    expect(c.pairs.filter((p) => p.kind === 'changed').map((p) => p.minor)).toEqual([true]);
    expect(c.stats.minor).toBe(1);
  });

  it('scores a copy of part of a text as a copy, and nothing in common as 0', () => {
    expect(compareVersions(A, version('Talks collapsed last month.')).stats.similarity).toBe(1);
    expect(compareVersions(A, version('The museum reopens in May.')).stats.similarity).toBe(0);
  });

  it('scores a reworded version below a copy and above an unrelated text', () => {
    const reworded = version(
      'On Monday the dockers of Kelvport went on strike. Their union counts 4,200 members.',
      'Negotiations broke down a month ago.',
    );
    const { similarity } = compareVersions(A, reworded).stats;
    expect(similarity).toBeGreaterThan(0);
    expect(similarity).toBeLessThan(1);
  });

  it('gives the same overall figures whichever version is on the left', () => {
    const B = version(
      'The union has 4,200 members.',
      'Dock workers at Kelvport walked out on Monday.',
    );
    const forward = compareVersions(A, B).stats;
    const backward = compareVersions(B, A).stats;
    expect([backward.similarity, backward.shared, backward.moved]).toEqual([
      forward.similarity,
      forward.shared,
      forward.moved,
    ]);
  });

  it('compares empty versions without failing', () => {
    const c = compareVersions(version(), version());
    expect(c.pairs).toEqual([]);
    expect(c.stats.similarity).toBe(1);
  });
});
