/** What the index records of an article, and the cache line it is kept as between builds. */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/domain/body.ts';
import {
  articleWords,
  HEADLINE_WEIGHT,
  readWordsLine,
  wordsLine,
} from '../../../src/node/search/article-words.ts';

const body: Block[] = [
  { type: 'paragraph', index: 0, children: [{ type: 'text', value: 'Kishi met Giang in Tokyo.' }] },
  {
    type: 'blockquote',
    children: [
      {
        type: 'paragraph',
        index: 1,
        children: [{ type: 'emphasis', children: [{ type: 'text', value: 'Tokyo said so' }] }],
      },
    ],
  },
];

describe('articleWords', () => {
  it('counts every word of the headline and body, the headline’s HEADLINE_WEIGHT times', () => {
    const { counts, length } = articleWords('a', 'Tokyo talks', body);
    expect(counts.get('tokyo')).toBe(HEADLINE_WEIGHT + 2);
    expect(counts.get('talks')).toBe(HEADLINE_WEIGHT);
    expect(counts.get('kishi')).toBe(1);
    expect(counts.get('said')).toBe(1);
    expect(length).toBe(2 + 5 + 3);
  });
});

describe('wordsLine and readWordsLine', () => {
  it('keep an article exactly', () => {
    const article = articleWords('story-1-ap', 'Đà Nẵng, 1,500 “quoted”', body);
    expect(readWordsLine(wordsLine(article).trimEnd())).toEqual(article);
  });

  it('refuse a damaged line rather than misread it', () => {
    for (const line of ['', 'id', 'id\tx', 'id\t3\tword', 'id\t3\tword\t0', 'id\t-1\tword\t2'])
      expect(readWordsLine(line)).toBeNull();
  });
});
