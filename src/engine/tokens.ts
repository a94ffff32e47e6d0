/**
 * Words as the aligner weighs them. Light normalisation, enough for paraphrase: case, curly
 * apostrophes, possessives, and the Porter stem (`stemmer`), so "indicating" meets "indicates".
 * Function words are dropped: they say nothing about whether two sentences report the same thing.
 */
import { stemmer } from 'stemmer';

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves said says say told tell according also will would may might must shall one`.split(
    /\s+/,
  ),
);

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

export interface Token {
  /** The normalised form used for matching. */
  key: string;
  start: number;
  end: number;
}

/** Normalise one word: lower case, straight apostrophe, no possessive, Porter stem. */
export function normalizeWord(word: string): string {
  const w = word
    .toLowerCase()
    .replaceAll('’', "'")
    .replace(/\.$/, '')
    .replace(/'s$/, '')
    .replace(/s'$/, 's');
  return /\d/.test(w) ? w : stemmer(w);
}

/**
 * `normalizeWord` with a memory, for one comparison: news text repeats its words, and stemming
 * is most of the cost of reading a sentence. Each caller makes its own, so no state is shared.
 */
export function memoizedNormalizer(): (word: string) => string {
  const seen = new Map<string, string>();
  return (word) => {
    let key = seen.get(word);
    if (key === undefined) {
      key = normalizeWord(word);
      seen.set(word, key);
    }
    return key;
  };
}

/** Every word of `text` with its offsets, function words included. */
export function words(text: string, normalize = normalizeWord): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    out.push({
      key: normalize(match[0]),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return out;
}

/** A word's key when it is a content word, null for a function word. */
function contentKey(word: string, normalize: (word: string) => string): string | null {
  const key = normalize(word);
  // Function words are recognised as written ("was"), not by their stem ("wa").
  const written = word.toLowerCase().replaceAll('’', "'");
  return STOPWORDS.has(written) || STOPWORDS.has(written.replace(/'.*$/, '')) || STOPWORDS.has(key)
    ? null
    : key;
}

/** The distinct content words of a text: what alignment compares. */
export function contentKeys(text: string, normalize = normalizeWord): string[] {
  const keys = new Set<string>();
  for (const word of text.match(WORD) ?? []) {
    const key = contentKey(word, normalize);
    if (key !== null) keys.add(key);
  }
  return [...keys];
}

/**
 * `contentKeys` with a memory of every word it has read, for one comparison: a word's key
 * depends on the word alone, and a story repeats its words.
 */
export function contentKeyReader(
  normalize: (word: string) => string = memoizedNormalizer(),
): (text: string) => string[] {
  const seen = new Map<string, string | null>();
  return (text) => {
    const keys = new Set<string>();
    for (const word of text.match(WORD) ?? []) {
      let key = seen.get(word);
      if (key === undefined) {
        key = contentKey(word, normalize);
        seen.set(word, key);
      }
      if (key !== null) keys.add(key);
    }
    return [...keys];
  };
}

/** Every distinct word, function words included. */
export function allKeys(text: string, normalize = normalizeWord): string[] {
  return [...new Set(words(text, normalize).map((t) => t.key))];
}

/**
 * Words as a reader counts them: runs of letters or digits, with hyphens, apostrophes and full
 * stops inside ("U.S.", "3.5", "well-known" are one word each). The one word counter: the
 * comparison stats and the reading time (src/node/content/parse-article.ts) both use it.
 */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
