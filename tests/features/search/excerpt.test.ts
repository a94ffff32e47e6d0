import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '../../../src/features/search/excerpt.ts';

describe('excerptParts', () => {
  it('splits an excerpt into plain and marked pieces, in order', () => {
    expect(excerptParts('Japan and <mark>Vietnam</mark> signed <mark>a</mark> pact')).toEqual([
      { text: 'Japan and ', marked: false },
      { text: 'Vietnam', marked: true },
      { text: ' signed ', marked: false },
      { text: 'a', marked: true },
      { text: ' pact', marked: false },
    ]);
  });

  it('decodes the escaped text back to the characters of the article', () => {
    expect(excerptParts('NATO&#39;s &quot;plan&quot; &amp; <mark>&lt;b&gt;</mark>')).toEqual([
      { text: `NATO's "plan" & `, marked: false },
      { text: '<b>', marked: true },
    ]);
  });

  it('keeps any other tag as visible characters, never as markup', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)> <mark>word</mark>');
    expect(parts[0]).toEqual({ text: '<img src=x onerror=alert(1)> ', marked: false });
    expect(parts.every((p) => typeof p.text === 'string')).toBe(true);
  });

  it('lets an unclosed mark run to the end and drops empty pieces', () => {
    expect(excerptParts('<mark></mark>a <mark>b')).toEqual([
      { text: 'a ', marked: false },
      { text: 'b', marked: true },
    ]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references and leaves unknown ones as they are', () => {
    expect(decodeEntities('&#x27;&#8217;&apos;&nbsp;&bogus;')).toBe("'\u2019'&nbsp;&bogus;");
  });

  it('leaves a reference to no character as it is', () => {
    expect(decodeEntities('&#0;&#x110000;')).toBe('&#0;&#x110000;');
  });
});
