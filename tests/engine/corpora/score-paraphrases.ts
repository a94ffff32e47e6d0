/**
 * Recall and precision of sentence pairs on documents of shuffled paraphrases: each document
 * takes 20 of the 40 pairs at random (so neighbouring sentences are unrelated), puts the
 * originals in one random order and the paraphrases in another, and adds two sentences to each
 * side that have no counterpart.
 */
import { compareVersions } from '../../../src/engine/compare.ts';
import { random } from './measures.ts';
import { STORIES } from './paraphrases.ts';

const UNPAIRED = [
  'The museum reopens in May after a two-year renovation.',
  'A fire at a warehouse in the east of the city was put out overnight.',
  'Ticket prices for the festival rise by a fifth this summer.',
  'The central bank left interest rates unchanged.',
];

export function scoreParaphrases(documents: number, seed = 7) {
  const all = STORIES.flatMap((s) => s.pairs);
  const next = random(seed);
  const shuffle = <T>(list: T[]) => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  let truePairs = 0;
  let found = 0;
  let reported = 0;
  for (let d = 0; d < documents; d++) {
    const chosen = shuffle(all.map((_, i) => i)).slice(0, 20);
    const leftOrder = shuffle(chosen);
    const rightOrder = shuffle(chosen);
    const extra = shuffle(UNPAIRED);
    const left = [...leftOrder.map((i) => all[i]?.original ?? ''), extra[0] ?? '', extra[1] ?? ''];
    const right = [
      ...rightOrder.map((i) => all[i]?.paraphrase ?? ''),
      extra[2] ?? '',
      extra[3] ?? '',
    ];
    const c = compareVersions(
      { label: null, paragraphs: shuffle(left) },
      { label: null, paragraphs: shuffle(right) },
    );
    const leftOf = new Map(c.left.sentences.map((s) => [s.id, s.text.trim()]));
    const rightOf = new Map(c.right.sentences.map((s) => [s.id, s.text.trim()]));
    const truth = new Map(chosen.map((i) => [all[i]?.original, all[i]?.paraphrase]));
    truePairs += chosen.length;
    for (const pair of c.pairs) {
      reported++;
      const l = pair.left.map((id) => leftOf.get(id));
      const r = pair.right.map((id) => rightOf.get(id));
      if (l.length === 1 && r.length === 1 && truth.get(l[0]) === r[0]) found++;
    }
  }
  return { recall: found / truePairs, precision: reported ? found / reported : 1 };
}
