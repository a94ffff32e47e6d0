/** Scores of the engine and of a plain word diff on a set of revisions with known edits. */
import { compareVersions } from '../../../src/engine/compare.ts';
import { engineMarks, plainDiffMarks, precisionRecall } from './measures.ts';
import { paragraphs, type Revision } from './revisions.ts';

export function scoreRevisions(corpus: Revision[]) {
  const results = corpus.map((revision) => ({
    revision,
    comparison: compareVersions(
      { label: null, paragraphs: paragraphs(revision.left) },
      { label: null, paragraphs: paragraphs(revision.right) },
    ),
  }));

  /** Share of sentences (both sides) with the right status and counterpart. */
  function sentenceAccuracy(): number {
    let right = 0;
    let total = 0;
    for (const { revision, comparison } of results) {
      const pairOf = (id: string) =>
        comparison.pairs.find((p) => p.left.includes(id) || p.right.includes(id));
      revision.counterpart.forEach((j, i) => {
        total++;
        const pair = pairOf(`L${i}`);
        if (j === null) right += pair ? 0 : 1;
        else if (
          pair?.left.join() === `L${i}` &&
          pair.right.join() === `R${j}` &&
          (pair.kind === 'changed') === revision.edited[i]
        )
          right++;
      });
      const paired = new Set(revision.counterpart.filter((j) => j !== null));
      revision.right.forEach((_, j) => {
        if (paired.has(j)) return; // counted with its left counterpart
        total++;
        if (!pairOf(`R${j}`)) right++;
      });
    }
    return right / total;
  }

  function wordScores(which: 'engine' | 'plain') {
    const found = results.map(({ revision, comparison }) =>
      which === 'engine' ? engineMarks(comparison) : plainDiffMarks(revision.left, revision.right),
    );
    const flat = (side: 'left' | 'right') => found.flatMap((f) => f[side]);
    const truth = (side: 'deleted' | 'inserted') => corpus.flatMap((r) => r[side]);
    return {
      deleted: precisionRecall(flat('left'), truth('deleted')),
      inserted: precisionRecall(flat('right'), truth('inserted')),
    };
  }
  return { results, sentenceAccuracy, wordScores };
}
