/**
 * Reads a number as news copy writes it ("5", "1,200", "five", "twenty-one", "11th",
 * "eleventh", "5%", "5 percent", "$3 million"), so that two spellings of one quantity can be
 * told apart from a changed quantity and from a token that is no number at all ("11NS",
 * "21th"). Pure; English only, like the engine's number finder.
 */

export interface NumberReading {
  value: number;
  /** "11th" and "eleventh" are ordinals; "11" and "eleven" are not. */
  ordinal: boolean;
  /** "%" for a percentage, a currency sign, or "" for a plain count. */
  unit: string;
}

const UNITS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
  'nineteen',
]; // prettier-ignore
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT_ORDINALS = [
  'zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
  'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
  'seventeenth', 'eighteenth', 'nineteenth',
]; // prettier-ignore
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  dozen: 12,
};
/** Short scale suffixes after digits: "5m", "1.5bn", "20k". */
const SHORT_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };

const WORD_VALUES = new Map<string, { value: number; ordinal: boolean }>();
UNITS.forEach((w, i) => WORD_VALUES.set(w, { value: i, ordinal: false }));
UNIT_ORDINALS.forEach((w, i) => WORD_VALUES.set(w, { value: i, ordinal: true }));
TENS.forEach((w, i) => {
  if (!w) return;
  WORD_VALUES.set(w, { value: i * 10, ordinal: false });
  WORD_VALUES.set(`${w.slice(0, -1)}ieth`, { value: i * 10, ordinal: true });
});

const ORDINAL_SUFFIX = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' };
const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });

/** The suffix English writes after an ordinal in digits: 1st, 2nd, 3rd, 11th, 21st. */
export function ordinalSuffix(value: number): string {
  return ORDINAL_SUFFIX[ordinalRules.select(value)];
}

/** The reading of `text`, or null when it is not a well-formed number. */
export function readNumber(text: string): NumberReading | null {
  // The engine's number tokens can carry the sentence's full stop or comma ("1993.").
  let rest = text
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/[.,;:]+$/u, '');
  let unit = '';
  const percent = /\s?(?:%|percent|per cent|pct\.?)$/u.exec(rest);
  if (percent) {
    unit = '%';
    rest = rest.slice(0, percent.index).trim();
  }
  const currency = /^(?:us\$|\$|€|£|¥)/u.exec(rest);
  if (currency) {
    unit = currency[0] === 'us$' ? '$' : currency[0];
    rest = rest.slice(currency[0].length).trim();
  }
  if (rest === '') return null;
  return readDigits(rest, unit) ?? readWords(rest, unit);
}

function readDigits(text: string, unit: string): NumberReading | null {
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?([a-z]+))?$/u.exec(text);
  if (!match) return null;
  const [, whole = '', fraction = '', tail] = match;
  const value = Number(whole.replace(/,/gu, '') + fraction);
  if (tail === undefined) return { value, ordinal: false, unit };
  if (/^(?:st|nd|rd|th)$/u.test(tail)) {
    // "21th" or "2rd" is no ordinal: the suffix must be the one English writes for the number.
    if (fraction || ordinalSuffix(value) !== tail) return null;
    return { value, ordinal: true, unit };
  }
  const scale = SCALES[tail] ?? SHORT_SCALES[tail];
  return scale ? { value: value * scale, ordinal: false, unit } : null;
}

/** "twenty-one", "one hundred and five", "a dozen", "3 million" (digits before a scale word). */
function readWords(text: string, unit: string): NumberReading | null {
  const words = text.split(/[\s-]+/u).filter((w) => w !== 'and');
  if (words[0] === 'a' && words.length > 1) words[0] = 'one';
  let total = 0;
  let group = 0;
  let ordinal = false;
  let seen = false;
  for (const [i, word] of words.entries()) {
    if (ordinal) return null; // an ordinal word ends the number
    const digits = /^\d+(?:\.\d+)?$/u.test(word) && i === 0 ? Number(word) : null;
    const known = WORD_VALUES.get(word);
    const scaleWord = word.endsWith('th') && SCALES[word.slice(0, -2)] ? word.slice(0, -2) : word;
    const scale = SCALES[scaleWord];
    if (digits !== null) group = digits;
    else if (known) {
      // "twenty-one" and "hundred five" read; "one five" and "five twenty" do not.
      const tail = group % 100;
      const fits =
        known.value >= 20
          ? tail === 0
          : tail === 0 || (tail >= 20 && tail % 10 === 0 && known.value < 10);
      if (seen && !fits) return null;
      group += known.value;
      ordinal = known.ordinal;
    } else if (scale) {
      if (!seen) return null;
      group = (group || 1) * scale;
      if (scale >= 1000) {
        total += group;
        group = 0;
      }
      ordinal = scaleWord !== word;
    } else return null;
    seen = true;
  }
  return seen ? { value: total + group, ordinal, unit } : null;
}
