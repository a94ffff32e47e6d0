import type { Sentence } from './types.ts';

/**
 * The text a pair's diff runs over: its sentences without trailing whitespace, joined by one
 * space (sentences of one group may come from different paragraphs). Its own module because the
 * browser needs it to expand a precomputed comparison, and must not pull in the aligner.
 */
export function groupText(sentences: readonly Pick<Sentence, 'text'>[]): string {
  return sentences.map((s) => s.text.trimEnd()).join(' ');
}
