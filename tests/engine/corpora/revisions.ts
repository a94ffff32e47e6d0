/**
 * Newsroom-style revisions of the stories in paraphrases.ts, generated with a fixed seed: a few
 * words edited in place (a word replaced, inserted or dropped; a figure corrected; punctuation
 * or spelling fixed), a sentence dropped, a sentence added, nothing moved: the kinds of edit
 * found between successive versions of an online news story. Every edit is recorded, so each
 * revision carries its truth: which sentence became which, and which words were deleted and
 * inserted.
 */
import { random, type Marks } from './measures.ts';
import { STORIES } from './paraphrases.ts';

export interface Revision {
  /** Sentences of each version, in order; paragraphs are groups of up to three sentences. */
  left: string[];
  right: string[];
  /** For each left sentence, its right counterpart's index, or null when it was dropped. */
  counterpart: (number | null)[];
  /** Whether each left sentence was edited. */
  edited: boolean[];
  deleted: Marks;
  inserted: Marks;
}

const INSERTS = ['also', 'reportedly', 'now', 'still', 'already', 'officially', 'again'];
const REPLACEMENTS = ['said', 'announced', 'several', 'senior', 'regional', 'early', 'late'];
/** Clauses a rewrite puts in place of a few words. */
const CLAUSES = [
  'in a statement late on',
  'according to two people familiar with',
  'for the first time since',
  'despite earlier assurances from',
  'as talks resumed with',
];
/** Sentences a later version adds: background, reaction, an update. */
const ADDED = [
  'The story has been updated with comment from officials.',
  'A spokesperson did not respond to a request for comment on Tuesday night.',
  'Local television showed long queues outside the main office.',
  'More details are expected at a news conference on Wednesday.',
  'Police said there had been no arrests so far.',
  'The figures could not be independently verified.',
];

type Word = { text: string; changed: boolean };

export function revisions(count: number, seed = 12): Revision[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const out: Revision[] = [];
  for (let n = 0; n < count; n++) {
    const story = STORIES[n % STORIES.length]?.pairs.map((p) => p.original) ?? [];
    const drop = next() < 0.6 ? Math.floor(next() * story.length) : -1;
    const addAt = next() < 0.8 ? Math.floor(next() * (story.length + 1)) : -1;
    const left: string[] = [];
    const right: string[] = [];
    const counterpart: (number | null)[] = [];
    const edited: boolean[] = [];
    const deleted: Marks = [];
    const inserted: Marks = [];
    const add = () => {
      const text = pick(ADDED);
      right.push(text);
      inserted.push(text.split(' ').map(() => true));
    };
    story.forEach((sentence, i) => {
      if (i === addAt) add();
      const words: Word[] = sentence.split(' ').map((text) => ({ text, changed: false }));
      const leftWords = sentence.split(' ');
      const leftDeleted = leftWords.map(() => false);
      left.push(sentence);
      if (i === drop) {
        counterpart.push(null);
        edited.push(true);
        deleted.push(leftWords.map(() => true));
        return;
      }
      // Edits of a left word are tracked by its position in the left sentence.
      const origin = words.map((_, k) => k as number | null);
      const edits = next() < 0.5 ? 1 + Math.floor(next() * 3) : 0;
      for (let e = 0; e < edits; e++) {
        const kind = next();
        const at = 1 + Math.floor(next() * Math.max(1, words.length - 2));
        const word = words[at];
        if (!word) continue;
        if (kind < 0.2 && words.length > 7) {
          // Rewrite a clause: three to five words give way to others.
          const length = Math.min(3 + Math.floor(next() * 3), words.length - at - 1);
          for (let k = at; k < at + length; k++) {
            const from = origin[k];
            if (from !== null && from !== undefined) leftDeleted[from] = true;
          }
          const clause = pick(CLAUSES).split(' ');
          words.splice(at, length, ...clause.map((text) => ({ text, changed: true })));
          origin.splice(at, length, ...clause.map(() => null));
        } else if (kind < 0.45) {
          // Replace a word (keeping its punctuation).
          const tail = /[.,;:!?’”]*$/u.exec(word.text)?.[0] ?? '';
          const from = origin[at];
          if (from !== null && from !== undefined) leftDeleted[from] = true;
          words[at] = { text: pick(REPLACEMENTS) + tail, changed: true };
          origin[at] = null;
        } else if (kind < 0.65) {
          words.splice(at, 0, { text: pick(INSERTS), changed: true });
          origin.splice(at, 0, null);
        } else if (kind < 0.85 && words.length > 4 && !/[.!?]$/u.test(word.text)) {
          const from = origin[at];
          if (from !== null && from !== undefined) leftDeleted[from] = true;
          words.splice(at, 1);
          origin.splice(at, 1);
        } else {
          // A figure corrected, or a spelling fixed: the word changes, the sentence stays.
          const digits = /\d/.test(word.text);
          const from = origin[at];
          if (from !== null && from !== undefined) leftDeleted[from] = true;
          words[at] = {
            text: digits
              ? word.text.replace(/\d/u, (d) => String((Number(d) + 1) % 10))
              : word.text.replace(/^(\p{L})(\p{L})/u, '$2$1'),
            changed: true,
          };
          origin[at] = null;
        }
      }
      const text = words.map((w) => w.text).join(' ');
      counterpart.push(right.length);
      edited.push(text !== sentence);
      right.push(text);
      deleted.push(leftDeleted);
      inserted.push(words.map((w) => w.changed));
    });
    if (addAt === story.length) add();
    out.push({ left, right, counterpart, edited, deleted, inserted });
  }
  return out;
}

/** Sentences as paragraphs of up to three, the way news stories are laid out. */
export function paragraphs(sentences: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += 3) out.push(sentences.slice(i, i + 3).join(' '));
  return out;
}
