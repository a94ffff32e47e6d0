import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/article.ts';
import type { ContentData } from '../../src/domain/content.ts';
import {
  createContentStore,
  selectArticle,
  selectComparison,
  selectStory,
  selectStoryIds,
  useContentStore,
} from '../../src/store/content-store.ts';

const article = (id: string, story: string, date?: string): Article => ({
  id,
  story,
  label: id,
  ...(date ? { date } : {}),
  tags: [],
  copyright: [],
  comments: [],
  body: [{ type: 'paragraph', index: 0, children: [{ type: 'text', value: `Body of ${id}.` }] }],
  words: 3,
});

const data: ContentData = {
  articles: [
    article('a1', 'story-a', '2021-01-01'),
    article('a2', 'story-a'),
    article('b1', 'story-b', '2022-01-01'),
  ],
  stories: [
    { id: 'story-b', versions: ['b1'] },
    { id: 'story-a', versions: ['a1', 'a2'] },
  ],
  comparisons: { 'a1~a2': { marker: 'a1 vs a2' } as never },
};

describe('content store', () => {
  const store = createContentStore(data);

  it('finds articles by id and nothing for an unknown id', () => {
    expect(selectArticle('a2')(store.getState())?.id).toBe('a2');
    expect(selectArticle('nope')(store.getState())).toBeUndefined();
  });

  it('keeps the build order of stories and resolves each story to its versions', () => {
    expect(selectStoryIds(store.getState())).toEqual(['story-b', 'story-a']);
    expect(selectStory('story-a')(store.getState())?.versions.map((v) => v.id)).toEqual([
      'a1',
      'a2',
    ]);
  });

  it('finds a precomputed comparison by its ordered pair of versions', () => {
    expect(selectComparison('a1', 'a2')(store.getState())).toEqual({ marker: 'a1 vs a2' });
    expect(selectComparison('a2', 'a1')(store.getState())).toBeUndefined();
  });

  it('returns the same object on every call, so views do not re-render for nothing', () => {
    const state = store.getState();
    expect(selectStory('story-a')(state)).toBe(selectStory('story-a')(state));
  });

  it('the app store holds the real content: one story with both seed versions', () => {
    const state = useContentStore.getState();
    expect(state.storyIds).toEqual(['japan-vietnam-cyber-space-pact-2021']);
    expect(
      state.storiesById['japan-vietnam-cyber-space-pact-2021']?.versions.map((v) => v.label),
    ).toEqual(['AP original', 'Scraped rewrite']);
  });
});
