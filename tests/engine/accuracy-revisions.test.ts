/**
 * Real newsroom revisions are small in-place edits: the engine must pair every sentence with its
 * counterpart and mark the edited words at least as exactly as a plain word diff of the two texts.
 * Corpus: corpora/revisions.ts (generated edits of corpora/paraphrases.ts, truth recorded).
 */
import { describe, expect, it } from 'vitest';
import { revisions } from './corpora/revisions.ts';
import { scoreRevisions } from './corpora/score-revisions.ts';

const { sentenceAccuracy, wordScores } = scoreRevisions(revisions(80));

describe('newsroom revisions (80 generated revisions, nothing moved)', () => {
  it('gives at least 99% of sentences the right status and counterpart', () => {
    expect(sentenceAccuracy()).toBeGreaterThanOrEqual(0.99);
  });

  it('marks deleted and inserted words at least as exactly as a plain word diff', () => {
    const engine = wordScores('engine');
    const plain = wordScores('plain');
    for (const side of ['deleted', 'inserted'] as const) {
      expect(engine[side].precision).toBeGreaterThanOrEqual(plain[side].precision);
      expect(engine[side].recall).toBeGreaterThanOrEqual(plain[side].recall);
    }
  });

  it('moves nothing', () => {
    expect(
      scoreRevisions(revisions(80)).results.every(({ comparison }) => comparison.stats.moved === 0),
    ).toBe(true);
  });
});
