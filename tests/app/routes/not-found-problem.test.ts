import { describe, expect, it } from 'vitest';
import {
  articleNotFound,
  comparisonNotFound,
  notFound,
  problemOf,
  storyNotFound,
} from '../../../src/app/routes/not-found-problem.ts';
import { listNotFound } from '../../../src/app/routes/list-not-found.ts';

const marked = (problem: { path: { text: string; missing: boolean }[] }) =>
  problem.path.filter((s) => s.missing).map((s) => s.text);

describe('what a not-found page names', () => {
  it('an unknown article id, marked in its address', () => {
    const problem = articleNotFound('no-such-article');
    expect(problem.message).toBe('No article has the id “no-such-article”.');
    expect(problem.path.map((s) => s.text)).toEqual(['articles', 'no-such-article']);
    expect(marked(problem)).toEqual(['no-such-article']);
  });

  it('which side of a comparison is unknown', () => {
    const right = comparisonNotFound('ap', 'nope', { left: true, right: false });
    expect(right.message).toMatch(/^The right id, “nope”, is not an article the site has\./);
    expect(marked(right)).toEqual(['nope']);
    const left = comparisonNotFound('nope', 'ap', { left: false, right: true });
    expect(left.message).toMatch(/^The left id, “nope”/);
    expect(marked(left)).toEqual(['nope']);
    const both = comparisonNotFound('x', 'y', { left: false, right: false });
    expect(both.message).toMatch(/^Neither the left id, “x”, nor the right id, “y”/);
    expect(marked(both)).toEqual(['x', 'y']);
  });

  it('a version compared with itself, or with another story’s version, marks no id', () => {
    const same = comparisonNotFound('ap', 'ap', { left: true, right: true });
    expect(same.message).toMatch(/^A version cannot be compared with itself\./);
    expect(marked(same)).toEqual([]);
    const apart = comparisonNotFound('a', 'b', { left: true, right: true });
    expect(apart.message).toMatch(/^“a” and “b” are versions of different stories/);
    expect(marked(apart)).toEqual([]);
  });

  it('shows a segment decoded, as the reader typed it', () => {
    const problem = notFound('No story has the id “é x”.', '/stories/%C3%A9%20x', ['é x']);
    expect(problem.path).toEqual([
      { text: 'stories', missing: false },
      { text: 'é x', missing: true },
    ]);
  });

  it('a page past the end of a list, marking the page number', () => {
    const problem = listNotFound('/page/58', { kind: 'home' }, '58', { pages: 57 });
    expect(problem.message).toBe('The list of stories has 57 pages: there is no page 58.');
    expect(marked(problem)).toEqual(['58']);
    const tag = listNotFound('/tags/weather/page/4', { kind: 'tag', slug: 'weather' }, '4', {
      pages: 3,
      name: 'Weather',
    });
    expect(tag.message).toBe('The tag “Weather” has 3 pages: there is no page 4.');
  });

  it('a page segment that is no page number, page 1 included (its address has none)', () => {
    expect(listNotFound('/page/x', { kind: 'home' }, 'x', { pages: 2 }).message).toBe(
      '“x” is not a page number. The list of stories has 2 pages.',
    );
    const one = listNotFound('/tags/page/1', { kind: 'index', of: 'tag' }, '1', { pages: 1 });
    expect(one.message).toBe(
      "The list of tags has 1 page; its first page's address has no page number.",
    );
  });

  it('a tag, publisher or month no story has, marking it', () => {
    const tag = listNotFound('/tags/nope', { kind: 'tag', slug: 'nope' }, undefined, undefined);
    expect(tag.message).toBe('No story has a tag whose address is “nope”.');
    expect(marked(tag)).toEqual(['nope']);
    const month = { kind: 'month', slug: '2025-11' } as const;
    expect(listNotFound('/months/2025-11', month, undefined, undefined).message).toBe(
      'No story is dated in November 2025.',
    );
    const bad = { kind: 'month', slug: '2025-13' } as const;
    expect(listNotFound('/months/2025-13', bad, undefined, undefined).message).toMatch(
      /“2025-13” is not a month/,
    );
  });
});

describe('problemOf: what a route did not find, in words', () => {
  it('says the same as the builders, for an article, a story and a comparison', () => {
    expect(problemOf({ article: 'nope' })).toEqual(articleNotFound('nope'));
    expect(problemOf({ story: 'gone' })).toEqual(storyNotFound('gone'));
    const known = { left: true, right: false };
    expect(problemOf({ compare: ['a', 'b'], known })).toEqual(comparisonNotFound('a', 'b', known));
    expect(problemOf({ compare: ['a', 'b'], known }).message).toMatch(/The right id, “b”/u);
  });
});
