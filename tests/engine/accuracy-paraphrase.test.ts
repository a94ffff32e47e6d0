/**
 * Paraphrases among unrelated sentences, every sentence moved: each left sentence's paraphrase
 * stands somewhere else on the right, among sentences that have nothing to do with it, and a few
 * sentences on each side have no counterpart at all. Recall and precision of the pairs must both
 * be at least 0.99. Corpus: corpora/paraphrases.ts, shuffled with a fixed seed.
 */
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/engine/compare.ts';
import { random } from './corpora/measures.ts';
import { STORIES } from './corpora/paraphrases.ts';
import { scoreParaphrases } from './corpora/score-paraphrases.ts';

describe('paraphrases among unrelated sentences, every sentence moved', () => {
  const { recall, precision } = scoreParaphrases(30);

  it('finds at least 99% of the paraphrase pairs', () => {
    expect(recall).toBeGreaterThanOrEqual(0.99);
  });

  it('at least 99% of the pairs it reports are true paraphrases', () => {
    expect(precision).toBeGreaterThanOrEqual(0.99);
  });

  it('marks the pairs as moved when the order is reversed', () => {
    const pairs = STORIES.flatMap((s) => s.pairs).slice(0, 12);
    const next = random(3);
    const order = pairs.map((_, i) => i).sort(() => next() - 0.5);
    const c = compareVersions(
      { label: null, paragraphs: order.map((i) => pairs[i]?.original ?? '') },
      { label: null, paragraphs: [...order].reverse().map((i) => pairs[i]?.paraphrase ?? '') },
    );
    expect(c.stats.moved).toBeGreaterThanOrEqual(10);
  });
});
