/**
 * Sentences of a paragraph. `Intl.Segmenter` finds the boundaries (a few paragraphs at a time:
 * on long strings Node's segmenter is pathologically slow); small rules then mend what it gets
 * wrong in news text. Every rule works on boundaries only, so the sentences always rebuild the paragraph
 * exactly: each keeps its trailing whitespace.
 */

export interface Span {
  start: number;
  end: number;
}

import { ABBREVIATIONS, TITLES } from './abbreviations.ts';

/** Made on first use: building a segmenter loads ICU data (~13 ms), which start-up need not pay. */
let segmenter: Intl.Segmenter | undefined;

/** `Intl.Segmenter`'s sentences of one text. */
function segment(text: string): Span[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const spans: Span[] = [];
  for (const { index, segment } of segmenter.segment(text))
    spans.push({ start: index, end: index + segment.length });
  return spans;
}

/** Characters after which Unicode's sentence rules always break (Sep, CR, LF). */
const SEPARATOR = /[\n\r\u0085\u2028\u2029]/u;
/** Paragraphs are segmented together up to this many characters: short, so never slow. */
const CHUNK_CHARS = 4000;

/**
 * `Intl.Segmenter`'s sentences of each paragraph, as `segment` would give them one paragraph at a
 * time, but asking the segmenter once per few paragraphs: a call costs about as much as the text
 * it reads again (~45 µs per paragraph in a fresh process on the seed ×100, against ~20 µs in
 * chunks). Paragraphs are joined by a line feed, after which Unicode's rules always break (UAX
 * #29, SB4) and across which no rule looks, so each paragraph's segments are unchanged and its
 * last one merely carries the line feed, which is cut off. A paragraph holding a separator of
 * its own is segmented alone; if a segment ever crossed a joint, the chunk is segmented again
 * paragraph by paragraph.
 */
function segmentParagraphs(paragraphs: readonly string[]): Span[][] {
  const out: Span[][] = paragraphs.map(() => []);
  let chunk: number[] = [];
  let chars = 0;
  const flush = () => {
    if (chunk.length === 1) out[chunk[0] ?? 0] = segment(paragraphs[chunk[0] ?? 0] ?? '');
    else if (chunk.length > 1) segmentChunk(paragraphs, chunk, out);
    chunk = [];
    chars = 0;
  };
  paragraphs.forEach((paragraph, i) => {
    if (paragraph.length === 0) return;
    if (SEPARATOR.test(paragraph)) {
      out[i] = segment(paragraph);
      return;
    }
    if (chars + paragraph.length > CHUNK_CHARS) flush();
    chunk.push(i);
    chars += paragraph.length + 1;
  });
  flush();
  return out;
}

function segmentChunk(paragraphs: readonly string[], chunk: number[], out: Span[][]): void {
  const texts = chunk.map((i) => paragraphs[i] ?? '');
  const starts: number[] = [];
  let at = 0;
  for (const text of texts) {
    starts.push(at);
    at += text.length + 1;
  }
  const found: Span[][] = texts.map(() => []);
  let k = 0;
  for (const span of segment(texts.join('\n'))) {
    while (k < texts.length - 1 && span.start >= (starts[k + 1] ?? 0)) k++;
    const start = starts[k] ?? 0;
    const end = start + (texts[k]?.length ?? 0);
    // A segment ends at the joint's line feed (end + 1) or inside the paragraph.
    if (span.end > end + 1) {
      chunk.forEach((i, j) => (out[i] = segment(texts[j] ?? '')));
      return;
    }
    if (span.start < end)
      found[k]?.push({ start: span.start - start, end: Math.min(span.end, end) - start });
  }
  chunk.forEach((i, j) => (out[i] = found[j] ?? []));
}

/** The sentences of each paragraph: `splitSentences` of every paragraph, segmented in chunks. */
export function splitParagraphs(paragraphs: readonly string[]): Span[][] {
  return segmentParagraphs(paragraphs).map((spans, i) => mend(spans, paragraphs[i] ?? ''));
}

export function splitSentences(paragraph: string): Span[] {
  return paragraph.length === 0 ? [] : mend(segment(paragraph), paragraph);
}

/** The mending rules, over the segmenter's sentences of one paragraph. */
function mend(segments: Span[], paragraph: string): Span[] {
  if (paragraph.length === 0) return [];
  let spans = segments;
  // The full-stop rules only ever merge after a full stop; most sentences end in one, but a
  // paragraph of one sentence, or one ending in "?" or a quote, needs no pass at all.
  if (spans.length > 1) {
    spans = mergeWhere(spans, paragraph, endsWithTitle, true);
    spans = mergeWhere(spans, paragraph, endsWithAbbreviation, true);
    spans = mergeWhere(spans, paragraph, splitsInitialism, true);
    spans = mergeWhere(spans, paragraph, splitsDecimal, true);
  }
  spans = moveLeadingClosers(spans, paragraph);
  spans = mergeWhere(spans, paragraph, (_prev, next) => !/[\p{L}\p{N}]/u.test(next));
  return spans.filter((s) => s.end > s.start);
}

type Rule = (previous: string, next: string) => boolean;

/**
 * Merge each span into the one before it where `rule` says so. A rule that needs the previous
 * span to end in a full stop (trailing whitespace aside) is not asked otherwise: asking costs two
 * slices and a regular expression per boundary, and most boundaries follow a full stop that ends
 * a sentence, or no full stop at all.
 */
function mergeWhere(spans: Span[], text: string, rule: Rule, afterFullStop = false): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (
      last &&
      (!afterFullStop || endsInFullStop(text, last)) &&
      rule(text.slice(last.start, last.end), text.slice(span.start, span.end))
    )
      last.end = span.end;
    else out.push({ ...span });
  }
  return out;
}

/** Whether a span, its trailing whitespace (as `trimEnd` counts it) aside, ends in ".". */
function endsInFullStop(text: string, span: Span): boolean {
  let at = span.end - 1;
  while (at >= span.start && WHITESPACE.test(text[at] ?? '')) at--;
  return at >= span.start && text.charCodeAt(at) === 46;
}

const WHITESPACE = /^\s$/u;

const LETTER_OR_STOP = /^[\p{L}.]$/u;

/**
 * The word before a closing full stop ("Gen" in "… Gen. "), as `/([\p{L}.]+)\.\s*$/u` would
 * capture it, read backwards from the end: that regular expression, anchored at the end, is
 * tried at every position of the sentence.
 */
function lastWord(text: string): string {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith('.')) return '';
  let start = trimmed.length - 1;
  while (start > 0) {
    // One code point back: a letter outside the BMP is a surrogate pair.
    const code = trimmed.charCodeAt(start - 1);
    const width =
      code >= 0xdc00 && code <= 0xdfff && start >= 2 && isHighSurrogate(trimmed, start - 2) ? 2 : 1;
    if (!LETTER_OR_STOP.test(trimmed.slice(start - width, start))) break;
    start -= width;
  }
  return trimmed.slice(start, trimmed.length - 1);
}

const isHighSurrogate = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff;
};

/** "Gen. Phan Van Giang": a title's full stop is never a sentence end. */
export const endsWithTitle: Rule = (previous) => {
  const word = lastWord(previous);
  return !word.includes('.') && TITLES.has(word.toLowerCase());
};

/** "on Jan. 5" or "No. 3": an abbreviation ends a sentence only before a capital letter. */
export const endsWithAbbreviation: Rule = (previous, next) => {
  const word = lastWord(previous);
  return (
    !word.includes('.') && ABBREVIATIONS.has(word.toLowerCase()) && !/^\s*[\p{Lu}“"‘']/u.test(next)
  );
};

/** Words that follow "U.S." or "U.N." inside a name ("the U.S. Army") rather than a new sentence. */
const INITIALISM_NOUNS =
  /^\s*(?:Army|Navy|Air|Marines?|Coast|Senate|Congress|House|Embassy|State|Department|Defense|Treasury|Security|General|Forces?|Government|Secretary|President|Ambassador|Special|Mission|Command|Court)\b/u;

/** "the U.S. military" / "the U.S. Army said": an initialism ends a sentence only before a new one. */
export const splitsInitialism: Rule = (previous, next) =>
  /(?:^|[\s(“"])(?:\p{L}\.){2,}\s*$/u.test(previous) &&
  (/^\s*[\p{Ll}\d,;:]/u.test(next) || INITIALISM_NOUNS.test(next));

/** "3.5 percent": a full stop between digits is a decimal point. */
export const splitsDecimal: Rule = (previous, next) => /\d\.$/.test(previous) && /^\d/.test(next);

/**
 * A closing quote or bracket that the segmenter put at the start of the next sentence belongs to
 * the sentence it closes: `… a new level.” Kishi said` keeps `”` with "level.".
 */
function moveLeadingClosers(spans: Span[], text: string): Span[] {
  for (let i = 1; i < spans.length; i++) {
    const span = spans[i];
    const previous = spans[i - 1];
    if (!span || !previous) continue;
    const closers = /^[”’"')\]]+\s*/u.exec(text.slice(span.start, span.end))?.[0];
    if (closers && closers.length < span.end - span.start) {
      previous.end += closers.length;
      span.start += closers.length;
    }
  }
  return spans;
}
