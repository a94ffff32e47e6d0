/**
 * The lines a page prints between its headline and its text, which the content file states in
 * its own fields: the byline ("By Rosa Delgado", "Hannah Okoye · 18 April 2023"), the day
 * ("30 May 2024") and a reading time ("6 min read · Jul 21, 2021"). Readability keeps them as
 * the body's first paragraphs, and the article page would print them twice. Only a short
 * leading paragraph that holds the stated byline or day, or a reading time, goes.
 */
import { countWords } from './count-words.ts';
import { toDay } from './metadata.ts';

/** Words a byline line may hold besides the names ("By", "·", a day: "18 April 2023"). */
const BESIDE_BYLINE = 5;
/** Words a line of a day or a reading time may hold. */
const MAX_WORDS = 8;
const READING_TIME = /\b\d+\s*min(?:ute)?s?\.? read\b/i;

const plain = (paragraph: string) => paragraph.replace(/\\(.)/g, '$1').trim();

function isMetaLine(paragraph: string, byline: string | null, date: string | null): boolean {
  const text = plain(paragraph);
  const at = byline ? text.toLowerCase().indexOf(byline.toLowerCase()) : -1;
  if (byline && at >= 0) {
    const rest = text.slice(0, at) + ' ' + text.slice(at + byline.length);
    return countWords(rest, BESIDE_BYLINE + 1) <= BESIDE_BYLINE;
  }
  if (countWords(text, MAX_WORDS + 1) > MAX_WORDS) return false;
  if (date && toDay(text) === date) return true;
  return READING_TIME.test(text);
}

/** The body without the leading meta lines that repeat what `byline` and `date` state. */
export function dropMetaLines(
  markdown: string,
  byline: string | null,
  date: string | null,
): string {
  const paragraphs = markdown.split(/\n{2,}/);
  // The leading run only, past a heading that repeats the headline: below the first
  // paragraph of text, a short line naming the author is the article's own.
  let i = 0;
  const kept: string[] = [];
  for (; i < paragraphs.length; i++) {
    const p = paragraphs[i] ?? '';
    if (p.startsWith('#')) kept.push(p);
    else if (!isMetaLine(p, byline, date)) break;
  }
  return [...kept, ...paragraphs.slice(i)].join('\n\n');
}
