/**
 * Graded rewrites of one source, in the manner of Clough & Stevenson's corpus of plagiarised
 * short answers: each story of paraphrases.ts is a source, and each candidate is, with a fixed
 * seed, a cut-and-paste copy of a run of its sentences (grade 3), a light rewording (grade 2:
 * the source's sentences, about a third of them paraphrased), a heavy rewording (grade 1: every
 * sentence paraphrased and the order shuffled), or an independent account of the same event
 * (grade 0: a run of independent.ts, same topic, places and some names, other sentences).
 * Lengths vary from four sentences to ten, as answers to one question do.
 */
import { INDEPENDENT } from './independent.ts';
import { random } from './measures.ts';
import { STORIES } from './paraphrases.ts';

export interface Graded {
  source: string[];
  candidate: string[];
  grade: 0 | 1 | 2 | 3;
}

export function gradedRewrites(rounds: number, seed = 5): Graded[] {
  const next = random(seed);
  const length = () => 4 + Math.floor(next() * 7);
  const shuffle = <T>(list: T[]) => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  const out: Graded[] = [];
  for (let round = 0; round < rounds; round++) {
    STORIES.forEach((story) => {
      const source = story.pairs.map((p) => p.original);
      const run = (k: number) => {
        const from = Math.floor(next() * (story.pairs.length - k + 1));
        return story.pairs.slice(from, from + k);
      };
      out.push({ source, candidate: run(length()).map((p) => p.original), grade: 3 });
      out.push({
        source,
        candidate: run(length()).map((p, i) =>
          i % 3 === 1 || next() < 0.15 ? p.paraphrase : p.original,
        ),
        grade: 2,
      });
      out.push({ source, candidate: shuffle(run(length()).map((p) => p.paraphrase)), grade: 1 });
      out.push({
        source,
        candidate: shuffle(INDEPENDENT[story.topic] ?? []).slice(0, length()),
        grade: 0,
      });
    });
  }
  return out;
}
