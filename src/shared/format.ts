/**
 * "Nov 23, 2021" for a YYYY-MM-DD day (validated at build time), in US English as the site is
 * written, through the browser's own `Intl`: date-fns's `format` would bring its English locale
 * (about 6 KB gzip) and `parseISO` another 1.2 KB into every page, to read three numbers the
 * build has already checked. The day is read as a local date, so no time zone moves it. Text
 * that is not such a day is returned as written rather than throwing.
 */
const US_DAY = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
});

export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(day);
  if (!match) return day;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return US_DAY.format(date);
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
