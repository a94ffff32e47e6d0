/** Word counts for the importer's floors and limits. */

/**
 * One segmenter for every count: building an `Intl.Segmenter` resolves its locale data, and a
 * page counts the words of every link.
 */
const WORDS = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * Words as a reader counts them, in any script: Chinese or Japanese text has no spaces, so the
 * engine's `wordCount` (runs of letters) would see a paragraph as one word. Used only for the
 * "is this an article" floors.
 */
export function countWords(text: string, upTo = Infinity): number {
  let n = 0;
  for (const s of WORDS.segment(text)) if (s.isWordLike && ++n >= upTo) break;
  return n;
}
