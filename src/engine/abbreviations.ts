/**
 * The abbreviations of news English, in one place: the sentence splitter must not end a
 * sentence at their full stop, and the findings must not take a title for part of a name.
 */

/** Titles that precede a name ("Gen. Phan Van Giang", "Mr. Kishi"), lower case, no full stop. */
export const TITLES: ReadonlySet<string> = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt cpl adm cmdr sr jr st rev gov sen rep pres amb hon fr insp supt brig'.split(
    ' ',
  ),
);

/** Abbreviations that end a sentence only when a capital follows: "Jan. 5", "No. 3", "Acme Inc." */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc approx est dept corp inc ltd co bros mt ft'.split(
    ' ',
  ),
);

/** Whether `word` (with or without its full stop, any case) is a title. */
export const isTitle = (word: string): boolean =>
  TITLES.has(word.replace(/\.$/u, '').toLowerCase());
