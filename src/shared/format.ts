import { intlFormat, parseISO } from 'date-fns';

/** "Nov 23, 2021" for a YYYY-MM-DD day (validated at build time). */
/**
 * "Nov 23, 2021". Through the browser's own `Intl` formatting (date-fns `intlFormat`), in US
 * English as the site is written: `format` would bring its whole English locale, about 6 KB gzip,
 * into every page.
 */
export function formatDay(day: string): string {
  return intlFormat(
    parseISO(day),
    { month: 'short', day: 'numeric', year: 'numeric' },
    { locale: 'en-US' },
  );
}

/**
 * Reading time as a range of whole minutes, from a brisk 265 words a minute (the usual figure
 * for adults reading on screen) to a careful 200: "1–2 min", or "2 min" when both agree. Never
 * less than one minute.
 */
export function readingTime(words: number): string {
  const fast = Math.max(1, Math.round(words / 265));
  const slow = Math.max(fast, Math.ceil(words / 200));
  return fast === slow ? `${fast} min` : `${fast}–${slow} min`;
}

/** "1 comment", "5 comments". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
