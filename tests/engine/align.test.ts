/** Spec of align.ts: which sentences of two versions say the same thing. */
import { describe, expect, it } from 'vitest';
import { alignSentences, type AlignedGroup } from '../../src/engine/align.ts';

const STORY = [
  'Dock workers at the port of Kelvport walked off the job on Monday, halting cargo traffic.',
  'The union says its 4,200 members have gone three years without a pay rise.',
  'Port director Amara Lindqvist called the walkout illegal and urged workers to return.',
  'About 60 container ships were waiting offshore by Tuesday evening.',
  'Economists estimate the stoppage costs the national economy $45 million a day.',
];

const pairs = (groups: AlignedGroup[]) => groups.map((g) => [g.left, g.right]);

describe('alignSentences', () => {
  it('pairs identical texts sentence by sentence, in order, with similarity 1', () => {
    const groups = alignSentences(STORY, STORY);
    expect(pairs(groups)).toEqual(STORY.map((_, i) => [[i], [i]]));
    expect(groups.every((g) => g.similarity === 1)).toBe(true);
  });

  it('returns no groups when either side is empty', () => {
    expect(alignSentences([], STORY)).toEqual([]);
    expect(alignSentences(STORY, [])).toEqual([]);
  });

  it('pairs a reworded sentence with its original when it keeps the names and figures', () => {
    const right = [
      ...STORY.slice(0, 2),
      'Amara Lindqvist, who runs the port, urged the strikers back, saying the walkout was unlawful.',
      ...STORY.slice(3),
    ];
    const group = alignSentences(STORY, right).find((g) => g.left.includes(2));
    expect(group?.right).toEqual([2]);
    expect(group?.similarity).toBeGreaterThan(0.2);
    expect(group?.similarity).toBeLessThan(1);
  });

  it('finds a sentence moved to another place', () => {
    const right = [STORY[4] ?? '', ...STORY.slice(0, 4)];
    expect(pairs(alignSentences(STORY, right))).toContainEqual([[4], [0]]);
  });

  it('leaves a new sentence unpaired, even when it shares a name', () => {
    const right = [...STORY, 'Amara Lindqvist opened a new ferry terminal last spring.'];
    const groups = alignSentences(STORY, right);
    expect(groups.some((g) => g.right.includes(5))).toBe(false);
  });

  it('groups the two halves of a split sentence with the sentence they came from', () => {
    const left = [
      'The union, which has 4,200 members, walked out on Monday and demanded a raise of 6 percent.',
    ];
    const right = [
      'The union, which has 4,200 members, walked out on Monday.',
      'It demanded a raise of 6 percent.',
    ];
    expect(pairs(alignSentences(left, right))).toEqual([[[0], [0, 1]]]);
  });

  it('in a revision, keeps an edited sentence with its counterpart though few words survive', () => {
    const right = [...STORY];
    right[3] = 'By Tuesday night, 60 vessels were queuing off the coast.';
    const group = alignSentences(STORY, right).find((g) => g.left.includes(3));
    expect(group?.right).toEqual([3]);
  });

  it('puts each sentence in at most one group and lists groups in left order', () => {
    const right = [STORY[3] ?? '', STORY[0] ?? '', STORY[2] ?? ''];
    const groups = alignSentences(STORY, right);
    const lefts = groups.flatMap((g) => g.left);
    const rights = groups.flatMap((g) => g.right);
    expect(new Set(lefts).size).toBe(lefts.length);
    expect(new Set(rights).size).toBe(rights.length);
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
  });

  it('mirrors its result when the sides are swapped', () => {
    const right = [STORY[1] ?? '', 'A new sentence about the harbour.', STORY[0] ?? ''];
    const forward = alignSentences(STORY, right).map((g) => [g.left, g.right, g.similarity]);
    const backward = alignSentences(right, STORY).map((g) => [g.right, g.left, g.similarity]);
    const order = (list: unknown[][]) => list.map((x) => JSON.stringify(x)).sort();
    expect(order(backward)).toEqual(order(forward));
  });
});
