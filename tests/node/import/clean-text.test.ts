import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../../src/node/content/markdown.ts';
import { bodyParagraphs } from '../../../src/domain/body.ts';
import { cleanField, cleanText, escapeMarkdown } from '../../../src/node/import/clean-text.ts';

const readBack = (markdown: string) => bodyParagraphs(parseMarkdownFile(markdown).blocks);

describe('cleanText', () => {
  it('removes control characters and lone surrogates, keeps tabs, newlines, emoji and RTL', () => {
    expect(cleanText('a\u0000b\u0007c\td\r\ne \ud800 👍 שלום\u200f')).toBe(
      'abc\td\ne \ufffd 👍 שלום\u200f',
    );
  });

  it('composes to NFC so the same word is stored the same way', () => {
    expect(cleanText('Cafe\u0301')).toBe('Café');
  });
});

describe('cleanField', () => {
  it('collapses whitespace to one line and returns null for blank values', () => {
    expect(cleanField('  Priya\n  Raman ')).toBe('Priya Raman');
    expect(cleanField(' \n ')).toBeNull();
    expect(cleanField(undefined)).toBeNull();
  });
});

describe('escapeMarkdown', () => {
  it.each([
    '<script>alert(1)</script>',
    '**not bold** and _not emphasis_',
    '[not a link](javascript:alert(1))',
    '# not a heading',
    '- not a list',
    '1. not a list either',
    '> not a quote',
    'Tom &amp; Jerry &lt;b&gt;',
    '`not code`',
    '![not an image](x.png)',
  ])('reads back as exactly the same characters: %s', (text) => {
    expect(readBack(escapeMarkdown(text))).toEqual([text]);
    expect(parseMarkdownFile(escapeMarkdown(text)).notices).toEqual([]);
  });
});
