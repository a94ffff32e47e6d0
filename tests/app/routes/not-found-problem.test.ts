import { describe, expect, it } from 'vitest';
import {
  articleNotFound,
  comparisonNotFound,
  notFound,
  problemOf,
  storyNotFound,
} from '../../../src/app/routes/not-found-problem.ts';

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
