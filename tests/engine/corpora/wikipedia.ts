/**
 * Real revisions: consecutive versions of three English Wikipedia articles, from the "versions"
 * dataset (see wikipedia/README.md; CC BY-SA 3.0). The dataset lower-cased every text, which
 * hides sentence boundaries from `Intl.Segmenter` (". the" is not a break); the loader
 * upper-cases the first letter of each paragraph and after sentence-final punctuation and
 * whitespace, and changes nothing else. Paragraphs are the blank-line-separated blocks.
 */
import { readFileSync } from 'node:fs';

const DIR = new URL('./wikipedia/', import.meta.url);

/** Consecutive versions compared: article file stem and the version numbers, older first. */
export const WIKIPEDIA_PAIRS = [
  ['elagabalus', 0, 1],
  ['elagabalus', 1, 2],
  ['hotol', 0, 1],
  ['hotol', 1, 2],
  ['communications-indonesia', 0, 1],
] as const;

/** Restore sentence-initial capitals the dataset removed. */
export const capitalizeSentences = (text: string) =>
  text.replace(
    /(^|[.!?]["')]?\s+)(\p{Ll})/gu,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );

/** One version's paragraphs. */
export function wikipediaVersion(article: string, version: number): string[] {
  return readFileSync(new URL(`${article}-${version}.txt`, DIR), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => capitalizeSentences(p.trim()))
    .filter(Boolean);
}
