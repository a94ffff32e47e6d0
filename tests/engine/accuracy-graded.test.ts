/**
 * Graded rewrites: the overall similarity must rank a cut-and-paste copy above a light
 * rewording, above a heavy rewording, above an independent account of the same event, for every
 * source, and rank them (Spearman's rho with the grade) better than word-trigram containment.
 * Corpus: corpora/graded.ts.
 */
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/engine/compare.ts';
import { spearman, trigramContainment } from './corpora/measures.ts';
import { gradedRewrites } from './corpora/graded.ts';

const corpus = gradedRewrites(3);
const similarity = corpus.map(
  (g) =>
    compareVersions({ label: null, paragraphs: g.source }, { label: null, paragraphs: g.candidate })
      .stats.similarity,
);
const trigram = corpus.map((g) => trigramContainment(g.candidate.join(' '), g.source.join(' ')));
const grades = corpus.map((g) => g.grade);

/** Candidates of different grades whose scores are in the wrong order (or tied). */
const misordered = (scores: readonly number[]) => {
  let count = 0;
  scores.forEach((a, i) =>
    scores.forEach((b, j) => {
      if ((grades[i] ?? 0) > (grades[j] ?? 0) && a <= b) count++;
    }),
  );
  return count;
};

describe('graded rewrites of one source', () => {
  it('ranks copy > light > heavy > independent for every source', () => {
    for (let i = 0; i < corpus.length; i += 4) {
      const [copy, light, heavy, independent] = similarity.slice(i, i + 4);
      expect(copy).toBeGreaterThan(light ?? 1);
      expect(light).toBeGreaterThan(heavy ?? 1);
      expect(heavy).toBeGreaterThan(independent ?? 1);
    }
  });

  it('ranks every candidate of a higher grade above every one of a lower grade', () => {
    expect(misordered(similarity)).toBe(0);
  });

  it('correlates with the grade better than word-trigram containment', () => {
    expect(spearman(similarity, grades)).toBeGreaterThan(spearman(trigram, grades));
  });
});
