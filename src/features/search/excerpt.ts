/**
 * A search hit's excerpt: the stretch of the article's text with the most of the query's words,
 * as plain text pieces, each marked or not, which React renders as text nodes (the app never
 * injects HTML, so whatever an article says stays characters).
 */
import { foldWord } from '../../domain/search-words.ts';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Words of an excerpt. */
export const EXCERPT_WORDS = 24;

let segmenter: Intl.Segmenter | undefined;

interface Piece {
  text: string;
  word: boolean;
  marked: boolean;
}

/**
 * The excerpt of `paragraphs` around the words `matches` accepts (given folded, as the index
 * stores them): the window of `length` words holding the most matches (the earliest of equals),
 * its matches centred; "…" where it cuts the text.
 */
export function excerptOf(
  paragraphs: readonly string[],
  matches: (word: string) => boolean,
  length = EXCERPT_WORDS,
): ExcerptPart[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'word' });
  const pieces: Piece[] = [];
  for (const paragraph of paragraphs) {
    if (pieces.length > 0) pieces.push({ text: ' ', word: false, marked: false });
    for (const { segment, isWordLike } of segmenter.segment(paragraph))
      pieces.push({
        text: segment,
        word: Boolean(isWordLike),
        marked: Boolean(isWordLike) && matches(foldWord(segment)),
      });
  }
  const wordAt = pieces.flatMap((piece, i) => (piece.word ? [i] : []));
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let w = 0; w < wordAt.length; w++) {
    if (pieces[wordAt[w] ?? 0]?.marked) count++;
    const out = w - length;
    if (out >= 0 && pieces[wordAt[out] ?? 0]?.marked) count--;
    if (w >= Math.min(length, wordAt.length) - 1 && count > bestCount) {
      bestCount = count;
      best = Math.max(0, w - length + 1);
    }
  }
  // The matches of the best window, centred in it where the text allows.
  const inWindow = wordAt
    .slice(best, best + length)
    .flatMap((at, i) => (pieces[at]?.marked ? [best + i] : []));
  if (inWindow.length > 0) {
    const middle = ((inWindow[0] ?? 0) + (inWindow[inWindow.length - 1] ?? 0)) / 2;
    best = Math.max(0, Math.min(wordAt.length - length, Math.floor(middle - (length - 1) / 2)));
  }
  const from = best === 0 ? 0 : (wordAt[best] ?? 0);
  const lastWord = Math.min(best + length, wordAt.length) - 1;
  const to = lastWord >= wordAt.length - 1 ? pieces.length : (wordAt[lastWord] ?? 0) + 1;
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  if (from > 0) push('… ', false);
  for (const piece of pieces.slice(from, to)) push(piece.text, piece.marked);
  if (to < pieces.length) push(' …', false);
  const first = parts[0];
  if (first && !first.marked) first.text = first.text.trimStart();
  return parts.filter((part) => part.text !== '');
}
