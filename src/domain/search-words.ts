/**
 * The words search knows, cut the same way when the build indexes an article and when the
 * browser reads a query, so the two always agree. `Intl.Segmenter` finds the words (in any
 * script); each is folded to what a reader would type: lower case, accents off ("Đà Nẵng" is
 * found by "da nang"), curly apostrophes straight, a possessive "’s" dropped ("China’s" is found
 * by "China").
 */

/** A longer "word" is a URL or junk: it is cut here, so one never fills an index file. */
export const LONGEST_WORD = 40;

let segmenter: Intl.Segmenter | undefined;

/** Letters that are not a base letter with a mark (so NFKD leaves them), and what to type for them. */
const PLAIN: Record<string, string> = { đ: 'd', ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

/** One word as the index stores it; '' when nothing searchable is left. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[đøłßæœı]/g, (letter) => PLAIN[letter] ?? letter)
    .replace(/[‘’ʼ]/g, "'")
    .replace(/'s$/, '')
    .replace(/^'+|'+$/g, '')
    .slice(0, LONGEST_WORD);
}

/** Every searchable word of `text`, folded, in order (repeats kept). */
export function searchWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'word' });
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) continue;
    const word = foldWord(segment);
    if (word !== '') words.push(word);
  }
  return words;
}
