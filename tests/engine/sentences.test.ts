import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../src/engine/sentences.ts';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences: Intl.Segmenter mended for news text', () => {
  it('splits ordinary sentences and keeps trailing spaces with the sentence', () => {
    expect(split('One thing happened. Then another.')).toEqual([
      'One thing happened. ',
      'Then another.',
    ]);
  });

  it('does not end a sentence after a title (Mr., Gen., Lt., Dr., Sr.)', () => {
    expect(split('Gen. Phan Van Giang met Mr. Kishi and Lt. Gen. Hoang. They talked.')).toEqual([
      'Gen. Phan Van Giang met Mr. Kishi and Lt. Gen. Hoang. ',
      'They talked.',
    ]);
    expect(split('Dr. Tran and Sr. Lt. Nguyen arrived.')).toEqual([
      'Dr. Tran and Sr. Lt. Nguyen arrived.',
    ]);
  });

  it('does not end a sentence after an initialism inside it (U.S., U.N.)', () => {
    expect(split('The U.S. military and the U.N. agency agreed. Talks went on.')).toEqual([
      'The U.S. military and the U.N. agency agreed. ',
      'Talks went on.',
    ]);
    expect(split('The U.S. Army said so.')).toEqual(['The U.S. Army said so.']);
  });

  it('ends a sentence after an initialism that ends it', () => {
    expect(split('It is an ally of the U.S. Japan agreed.')).toEqual([
      'It is an ally of the U.S. ',
      'Japan agreed.',
    ]);
  });

  it('does not split a month abbreviation from its day (Jan. 5)', () => {
    expect(split('It happened on Jan. 5 in Tokyo. Then it ended.')).toEqual([
      'It happened on Jan. 5 in Tokyo. ',
      'Then it ended.',
    ]);
  });

  it('does not split decimals', () => {
    expect(split('The economy grew 3.5 percent. Exports fell.')).toEqual([
      'The economy grew 3.5 percent. ',
      'Exports fell.',
    ]);
  });

  it('keeps a closing quote with the sentence it closes', () => {
    expect(split('He said it reached “a new level.” Then he left.')).toEqual([
      'He said it reached “a new level.” ',
      'Then he left.',
    ]);
  });

  it('keeps debris such as ". .." with the sentence before it', () => {
    expect(split('It refers to the South China Sea. .. Next one.')).toEqual([
      'It refers to the South China Sea. .. ',
      'Next one.',
    ]);
    expect(split('Kishi told the media. Kyodo News..')).toEqual([
      'Kishi told the media. ',
      'Kyodo News..',
    ]);
  });

  it('covers the paragraph exactly, so the text can be rebuilt', () => {
    const text = '  Leading space. Two  spaces.\tTab. ';
    expect(split(text).join('')).toBe(text);
  });

  it('returns nothing for an empty paragraph', () => {
    expect(splitSentences('')).toEqual([]);
  });
});

describe('splitParagraphs: many paragraphs, segmented in chunks', () => {
  it('gives each paragraph exactly the sentences splitSentences gives it alone', () => {
    // Ends of sentences, quotes, brackets, lower and upper case, digits, abbreviations, and
    // separators inside a paragraph: what could make a joint between paragraphs matter.
    const piece = fc.constantFrom(
      'Kishi said',
      ' the deal',
      '. ',
      '.',
      '! ',
      '? ',
      '” ',
      '"',
      ')',
      ' (',
      'U.S.',
      ' Gen.',
      ' 3.5',
      ' no. 4',
      ' and',
      ' The',
      ' a',
      '…',
      ' ',
      '  ',
      '\n',
      '\u2029',
      'é',
      '—',
      '.. ',
      ' Jan. 5',
      ' mr. Li',
      '¿',
      '。',
    );
    const paragraph = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 40 }), (paragraphs) => {
        expect(splitParagraphs(paragraphs)).toEqual(paragraphs.map((p) => splitSentences(p)));
      }),
      { numRuns: 1500 },
    );
  });

  it('reads paragraphs longer than a chunk, and many of them', () => {
    const long = 'A sentence of some length ends here. '.repeat(200).trim();
    const paragraphs = [long, 'Short one. Another.', '', long, ...Array(300).fill('Tiny. Text.')];
    expect(splitParagraphs(paragraphs)).toEqual(paragraphs.map((p) => splitSentences(p)));
  });
});
