/** A hit's excerpt: the stretch with the most of the query's words, marked, as plain text. */
import { describe, expect, it } from 'vitest';
import { excerptOf } from '../../../src/features/search/excerpt.ts';

const words =
  (...list: string[]) =>
  (word: string) =>
    list.includes(word);
const read = (parts: ReturnType<typeof excerptOf>) =>
  parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');

describe('excerptOf', () => {
  it('marks the matched words, found by their folded form, in the article’s own spelling', () => {
    expect(
      read(excerptOf(['Japan’s talks with Vietnam, on cyber defense.'], words('japan', 'vietnam'))),
    ).toBe('[Japan’s] talks with [Vietnam], on cyber defense.');
  });

  it('shows the window with the most matches, centred, cut with an ellipsis each side', () => {
    const filler = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
    const text = `${filler} alpha beta alpha ${filler} alpha`;
    expect(read(excerptOf([text], words('alpha', 'beta'), 6))).toBe(
      '… w28 w29 [alpha] [beta] [alpha] w0 …',
    );
  });

  it('starts at the beginning when nothing matches, and joins paragraphs with a space', () => {
    expect(read(excerptOf(['One two.', 'Three four five.'], words('zzz'), 3))).toBe(
      'One two. Three …',
    );
    expect(read(excerptOf(['One two.', 'Three.'], words('three')))).toBe('One two. [Three].');
  });

  it('keeps markup in the text as characters, never as tags', () => {
    const parts = excerptOf(['<b>bold</b> & <script>x</script>'], words('bold'));
    expect(parts.map((p) => p.text).join('')).toBe('<b>bold</b> & <script>x</script>');
    expect(parts.find((p) => p.marked)?.text).toBe('bold');
  });

  it('gives nothing for an article without text', () => {
    expect(excerptOf([], words('a'))).toEqual([]);
  });
});
