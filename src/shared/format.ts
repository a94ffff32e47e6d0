import { format, parseISO } from 'date-fns';

/** "Nov 23, 2021" for a YYYY-MM-DD day (validated at build time). */
export function formatDay(day: string): string {
  return format(parseISO(day), 'MMM d, yyyy');
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
