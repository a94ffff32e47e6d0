/**
 * How much a finding matters, so the comparison can lead with what a reader must know:
 * a likely error (a name or number garbled beyond any spelling or style rule), then a change of
 * meaning (a quote dropped, added or changed, a number or a name replaced), then a matter of
 * style (the same thing written another way: "U.S." and "United States", "Gen." and "General",
 * "five" and "5"). Pure: no React, no DOM. The rules, case by case, are in its test file.
 */
import type { FindingKind, FindingWeight as Weight } from './types.ts';
import { readNumber, type NumberReading } from './read-number.ts';
import { PLACE_FORMS, TITLE_FORMS, WORD_FORMS, normalizeForm } from './style-equivalents.ts';

/** The weight of one change of a name, number or quotation; null stands for "absent". */
export function classifyChange(
  kind: FindingKind,
  left: string | null,
  right: string | null,
): Weight {
  // Something that appeared or vanished changes what the text says, whatever it is.
  if (left === null || right === null) return 'meaning';
  if (kind === 'quote') return sameWords(left, right) ? 'style' : 'meaning';
  if (kind === 'number') return classifyNumber(left, right);
  return classifyName(left, right);
}

/** A quotation whose words are the same, whatever its quote marks, case or punctuation. */
function sameWords(a: string, b: string): boolean {
  const words = (s: string) =>
    normalizeForm(s)
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .split(/\s+/u)
      .filter(Boolean)
      .join(' ');
  return words(a) === words(b);
}

/** "F-35", "G7", "COVID-19": a code with digits, well formed though not a quantity. */
const CODE = /^\p{L}+-?\d+(?:\.\d+)?$/u;

function classifyNumber(left: string, right: string): Weight {
  const a = readCompound(left);
  const b = readCompound(right);
  // A side with digits that reads as no number and no code ("11th" → "11NS"), or that reads as
  // one once letters that look like digits are read as digits ("l0" for "10"): garbled.
  const garbled = (text: string, reading: CompoundReading | null) =>
    !reading && (/\d/u.test(text) || readNumber(digitLookalikes(text)) !== null);
  if (!a || !b) return garbled(left, a) || garbled(right, b) ? 'error' : 'meaning';
  // A number turned into a code that reads as a number by its look-alikes ("10" → "l0").
  const slipped = (text: string, reading: CompoundReading) =>
    reading.code !== null && readNumber(digitLookalikes(text)) !== null;
  if ((a.reading && slipped(right, b)) || (b.reading && slipped(left, a))) return 'error';
  if (a.rest !== b.rest) return 'meaning';
  if (a.reading && b.reading) return sameQuantity(a.reading, b.reading) ? 'style' : 'meaning';
  return a.code === b.code ? 'style' : 'meaning';
}

/** OCR reads digits as letters that look like them: O for 0, l or I for 1, S for 5, B for 8. */
const LOOKALIKE_DIGITS: Record<string, string> = {
  O: '0',
  o: '0',
  l: '1',
  I: '1',
  Z: '2',
  S: '5',
  b: '6',
  B: '8',
};
/** The text with look-alike letters read as digits, only where a digit stands beside them. */
export function digitLookalikes(text: string): string {
  // Only short tokens: "Sl" could be 51, "Bold" is a word.
  if (text.length > 4) return text;
  const digits = text.replace(/[OolIZSbB]/gu, (c) => LOOKALIKE_DIGITS[c] ?? c);
  return /^\d+(?:st|nd|rd|th)?$/u.test(digits) ? digits : text;
}

interface CompoundReading {
  reading: NumberReading | null;
  /** A code's letters and digits without hyphens ("f35"), when the token is a code. */
  code: string | null;
  /** Words hyphenated after the number: "year" in "five-year", "" when none. */
  rest: string;
}

/**
 * A number token as the engine finds it: a number ("five", "11th"), a number with words
 * hyphenated after it ("five-year", "11-year-old", "two-thirds"), or a code ("F-35", "G7").
 * Null when it is none of these, which for a token with digits means it is garbled.
 */
function readCompound(text: string): CompoundReading | null {
  const form = text.trim();
  if (CODE.test(form))
    return { reading: null, code: normalizeForm(form).replace(/-/gu, ''), rest: '' };
  const parts = form.split('-');
  for (let cut = parts.length; cut >= 1; cut--) {
    const reading = readNumber(parts.slice(0, cut).join('-'));
    const rest = parts.slice(cut).join('-').toLowerCase();
    if (reading && !/\d/u.test(rest)) return { reading, code: null, rest };
  }
  return null;
}

/** "11" and "11th", "5%" and "5 percent": one quantity; a different unit is a different one. */
function sameQuantity(a: NumberReading, b: NumberReading): boolean {
  return a.value === b.value && a.unit === b.unit;
}

const LINK_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'von', 'van der', '&']);

/** A name as a list of canonical words: titles marked apart, abbreviated words written out. */
interface NameParts {
  titles: string[];
  words: string[];
  /** The words as written (titles off), to judge whether one was garbled into the other. */
  raw: string[];
  /** The canonical form of the whole name when it is a known place ("uk" → "united kingdom"). */
  place: string | null;
}

function nameParts(name: string): NameParts {
  const form = normalizeForm(name).replace(/'s$/u, '');
  const tokens = form.split(' ').filter(Boolean);
  const titles: string[] = [];
  // Titles stand before the name: take the longest known title at the front, again and again.
  for (;;) {
    let taken = 0;
    for (let n = Math.min(3, tokens.length - 1); n >= 1 && taken === 0; n--) {
      const title = TITLE_FORMS.get(tokens.slice(0, n).join(' '));
      if (title) {
        titles.push(title);
        taken = n;
      }
    }
    if (taken === 0) break;
    tokens.splice(0, taken);
  }
  // Registers invert names ("Korea, Republic of"): read them in the order news copy uses.
  const inverted = /^([^,]+), ([^,]+)$/u.exec(name.trim());
  if (inverted && titles.length === 0) {
    const reordered = normalizeForm(`${inverted[2]} ${inverted[1]}`);
    if (PLACE_FORMS.has(reordered)) tokens.splice(0, tokens.length, ...reordered.split(' '));
  }
  const words = placeWords(tokens).map((t) => WORD_FORMS.get(t) ?? t);
  const place = words.length === 1 && PLACES.has(words[0] ?? '') ? (words[0] ?? null) : null;
  return { titles, words, raw: tokens, place };
}

/** Words of a state's formal name that do not change which place it is. */
const FORMAL = new Set(
  'republic kingdom state states federated federal commonwealth principality grand duchy sultanate emirate islamic democratic socialist plurinational bolivarian of the (kingdom the)'.split(
    ' ',
  ),
);

/** Every canonical place name, as `placeWords` leaves it. */
const PLACES = new Set(PLACE_FORMS.values());
const KNOWN_WORDS = new Set(WORD_FORMS.values());
const isKnownWord = (words: readonly string[]) =>
  words.length === 1 && (KNOWN_WORDS.has(words[0] ?? '') || PLACES.has(words[0] ?? ''));

/**
 * Known places within a name made one canonical word, longest first ("U.S. Navy" and "United
 * States Navy" both become ["united states", "navy"]). A leading "the" goes with the place.
 */
function placeWords(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length;) {
    let taken = 0;
    for (let n = Math.min(6, tokens.length - i); n >= 1 && taken === 0; n--) {
      const place = PLACE_FORMS.get(tokens.slice(i, i + n).join(' '));
      if (place) {
        out.push(place);
        taken = n;
      }
    }
    if (taken === 0) out.push(tokens[i] ?? '');
    i += taken || 1;
  }
  return out;
}

function classifyName(left: string, right: string): Weight {
  const a = nameParts(left);
  const b = nameParts(right);
  // A title that changed between two present titles is news ("Col." → "Gen." is a promotion).
  const titleChanged =
    a.titles.length > 0 && b.titles.length > 0 && a.titles.join() !== b.titles.join();
  if (a.place && b.place) return a.place === b.place && !titleChanged ? 'style' : 'meaning';
  if (sameName(a.words, b.words)) return titleChanged ? 'meaning' : 'style';
  // Two different words the tables know ("Nov." → "Dec.", "Ohio" → "Iowa") name other things.
  if (isKnownWord(a.words) && isKnownWord(b.words)) return 'meaning';
  // A known place written as something that is no form of any place: garbled if alike.
  return looksGarbled(a.raw, b.raw) ? 'error' : 'meaning';
}

/**
 * The same name written another way: identical once spaces and hyphens go ("Ha Noi", "Hanoi"),
 * the same words in another order ("Kishi Nobuo"), words left out ("Kishi" for "Nobuo Kishi"),
 * initials for words ("J. Smith", "John F. Kennedy"), or an acronym of the other ("UN").
 */
export function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (sameLettersSplitAlike(a, b)) return true;
  if (isAcronymOf(a, b) || isAcronymOf(b, a)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  // A place inside a longer name is part of another name ("Virgin Islands, U.S." is not the US).
  // Formal qualifiers are the exception: "Republic of The Gambia" is The Gambia.
  if (short.length === 1 && PLACES.has(short[0] ?? '') && long.length > 1)
    return long.every((w) => w === short[0] || FORMAL.has(w));
  // Every word of the shorter name matches a distinct word of the longer one, in any order,
  // and the shorter keeps at least one full word (not initials alone: "J." is not "John Smith").
  const used = new Set<number>();
  let fullWords = 0;
  for (const word of short) {
    let at = long.findIndex((w, i) => !used.has(i) && w === word);
    if (at >= 0) fullWords += 1;
    else if (word.length === 1) at = long.findIndex((w, i) => !used.has(i) && w.startsWith(word));
    if (at < 0) return false;
    used.add(at);
  }
  return fullWords > 0;
}

/**
 * The same letters where one side only joins or splits whole words ("Ha Noi" / "Hanoi",
 * "Jean-Luc" / "Jean Luc"), not where a space moved inside a word ("Christma sIsland").
 */
function sameLettersSplitAlike(a: readonly string[], b: readonly string[]): boolean {
  const pieces = (w: readonly string[]) => w.flatMap((word) => word.split(/[-']/u)).filter(Boolean);
  const cuts = (w: readonly string[]) => {
    const out = new Set<number>();
    let at = 0;
    for (const piece of w) out.add((at += piece.length));
    return out;
  };
  const [pa, pb] = [pieces(a), pieces(b)];
  if (pa.join('') !== pb.join('')) return false;
  const [ca, cb] = [cuts(pa), cuts(pb)];
  const within = (x: Set<number>, y: Set<number>) => [...x].every((c) => y.has(c));
  return within(ca, cb) || within(cb, ca);
}

/** "un" for "united nations", "usa" for "united states of america" (link words may be skipped). */
function isAcronymOf(short: readonly string[], long: readonly string[]): boolean {
  if (short.length !== 1 || long.length < 2) return false;
  const acronym = short[0] ?? '';
  const all = long.map((w) => w[0]).join('');
  const significant = long
    .filter((w) => !LINK_WORDS.has(w))
    .map((w) => w[0])
    .join('');
  return acronym.length >= 2 && (acronym === all || acronym === significant);
}

/**
 * A garbled name keeps the other's shape but not its letters: as many words, each the same or
 * alike in letters or in sound ("Phan Van Giang" → "Van Van Jung"; "Kishi" → "Kishy"). A name
 * with a word unlike any of the other's is another name ("Joe Biden" → "Joe Manchin").
 */
export function looksGarbled(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === b.length) {
    return a.every((word, i) => alike(word, b[i] ?? ''));
  }
  // Words split or joined ("McDonald" → "Mc Donald" is caught above): compare the letters whole.
  return letterSimilarity(a.join(' '), b.join(' ')) >= 0.6;
}

/** Two words a typo, a mishearing or an OCR slip could turn into each other. */
export function alike(a: string, b: string): boolean {
  if (a === b) return true;
  // OCR reads "m" as "rn" and "w" as "vv": undo those before comparing the letters.
  const ocr = (w: string) => w.replace(/rn/gu, 'm').replace(/vv/gu, 'w').replace(/cl/gu, 'd');
  if (ocr(a) === ocr(b)) return true;
  const letters = letterSimilarity(a, b);
  return letters >= 0.6 || (letters >= 0.34 && soundKey(a) === soundKey(b));
}

/** 1 − edit distance (Damerau, one adjacent swap counts once) / the longer length. */
export function letterSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[];
      const up = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = best;
    }
  }
  return 1 - (rows[a.length]?.[b.length] ?? longest) / longest;
}

/** Letters that sound alike share a digit (Soundex's groups, the first letter coded too). */
const SOUND_GROUPS: Record<string, string> = Object.fromEntries(
  ['bfpv', 'cgjkqsxz', 'dt', 'l', 'mn', 'r'].flatMap((group, i) =>
    [...group].map((letter) => [letter, String(i + 1)]),
  ),
);

/**
 * A word's consonant skeleton by sound: "giang" and "jung" are both "25", "phan" and "van" "15".
 * Vowels, h, w and y are dropped; a repeated code counts once.
 */
export function soundKey(word: string): string {
  let key = '';
  for (const letter of word.replace(/ph/gu, 'f')) {
    const code = SOUND_GROUPS[letter];
    if (code && !key.endsWith(code)) key += code;
  }
  return key;
}
