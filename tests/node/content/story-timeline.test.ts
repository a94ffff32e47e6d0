import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/engine/compare.ts';
import type { Article } from '../../../src/domain/article.ts';
import {
  storyDigest,
  storyTimeline,
  wordsChanged,
} from '../../../src/node/content/story-timeline.ts';

const article = (id: string, text: string[], extra: Partial<Article> = {}): Article => ({
  id,
  story: 's',
  label: id,
  tags: [],
  copyright: [],
  comments: [],
  words: 0,
  body: text.map((value, index) => ({
    type: 'paragraph' as const,
    index,
    children: [{ type: 'text' as const, value }],
  })),
  ...extra,
});
const compared = (a: Article, b: Article) =>
  compareVersions(
    {
      label: a.label,
      paragraphs: a.body.map((p) =>
        p.type === 'paragraph' ? (p.children[0] as { value: string }).value : '',
      ),
    },
    {
      label: b.label,
      paragraphs: b.body.map((p) =>
        p.type === 'paragraph' ? (p.children[0] as { value: string }).value : '',
      ),
    },
  );

const lead = 'The council approved the new budget of 4 million dollars on Tuesday evening.';
const added = 'Mayor Ellen Park said the vote was the hardest of her first term in office.';
const v1 = article('first', [lead], { headline: 'Council approves budget', date: '2026-01-01' });
const v2 = article('second', [lead, added], {
  headline: 'Council approves budget',
  date: '2026-01-02',
});
const v3 = article('third', [lead.replace('4 million', '5 million'), added], {
  headline: 'Council approves 5 million budget',
});

describe('a story timeline', () => {
  const steps = storyTimeline([v1, v2, v3], compared);

  it('starts at the first version with nothing changed and no drift', () => {
    expect(steps[0]).toEqual({
      id: 'first',
      headlineChanged: false,
      added: 0,
      removed: 0,
      similarity: null,
      drift: 0,
    });
  });

  it('counts an added paragraph as words added, none removed', () => {
    expect(steps[1]).toMatchObject({ headlineChanged: false, added: 15, removed: 0 });
    expect(steps[1]?.similarity).toBeLessThan(1);
  });

  it('notes a changed headline and drifts further from the first as the text changes', () => {
    expect(steps[2]?.headlineChanged).toBe(true);
    expect(steps[2]).toMatchObject({ added: 1, removed: 1 });
    expect(steps[2]?.drift).toBeGreaterThan(steps[1]?.drift ?? 1);
  });

  it('counts words in a diff and in sentences only one side has', () => {
    expect(wordsChanged(compared(v2, v1))).toEqual({ added: 0, removed: 15 });
  });
});

describe('the digest home shows', () => {
  it('compares the first version with the latest and says its top finding in words', () => {
    const digest = storyDigest([v1, v2, v3], compared);
    expect(digest.updated).toBe('2026-01-02');
    expect(digest.similarity).toBeGreaterThan(0);
    expect(digest.finding).toEqual({
      kind: 'number',
      text: '“4” became “5” in the third.',
    });
  });

  it('has no similarity or finding for a story of one version', () => {
    expect(storyDigest([v1], compared)).toEqual({
      similarity: null,
      finding: null,
      updated: '2026-01-01',
    });
  });
});
