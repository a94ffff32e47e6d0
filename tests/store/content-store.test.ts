import { describe, expect, it, vi } from 'vitest';
import type { CompactComparison } from '../../src/compare/types.ts';
import { summarize, type Article, type ArticleDetail } from '../../src/domain/article.ts';
import type { ContentIndex } from '../../src/domain/content.ts';
import {
  createContentStore,
  selectArticle,
  selectComparison,
  selectDetail,
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
  comments: [{ paragraphs: [`A comment on ${id}.`], up: 1, down: 0 }],
  body: [{ type: 'paragraph', index: 0, children: [{ type: 'text', value: `Body of ${id}.` }] }],
  words: 3,
});
const articles = [
  article('a1', 'story-a', '2021-01-01'),
  article('a2', 'story-a'),
  article('b1', 'story-b', '2022-01-01'),
];
const index: ContentIndex = {
  articles: articles.map(summarize),
  stories: [
    { id: 'story-b', versions: ['b1'] },
    { id: 'story-a', versions: ['a1', 'a2'] },
  ],
};
const comparison = { marker: 'a1 vs a2' } as unknown as CompactComparison;

function makeStore() {
  const loadArticle = vi.fn((id: string): Promise<ArticleDetail> | undefined => {
    const found = articles.find((a) => a.id === id);
    return found ? Promise.resolve({ body: found.body, comments: found.comments }) : undefined;
  });
  const loadComparison = vi.fn((key: string) =>
    key === 'a1~a2' ? Promise.resolve(comparison) : undefined,
  );
  return {
    ...createContentStore(index, { loadArticle, loadComparison }),
    loadArticle,
    loadComparison,
  };
}

describe('content store', () => {
  it('finds articles by id and nothing for an unknown id', () => {
    const { useStore } = makeStore();
    expect(selectArticle('a2')(useStore.getState())?.id).toBe('a2');
    expect(selectArticle('nope')(useStore.getState())).toBeUndefined();
  });

  it('holds list metadata only until a page asks: a comment count, no body, no comments', () => {
    const { useStore } = makeStore();
    const a1 = selectArticle('a1')(useStore.getState());
    expect(a1?.commentCount).toBe(1);
    expect(a1 && 'body' in a1).toBe(false);
    expect(a1 && 'comments' in a1).toBe(false);
    expect(selectDetail('a1')(useStore.getState())).toBeUndefined();
  });

  it('keeps the build order of stories and resolves each story to its versions', () => {
    const { useStore } = makeStore();
    expect(selectStoryIds(useStore.getState())).toEqual(['story-b', 'story-a']);
    expect(selectStory('story-a')(useStore.getState())?.versions.map((v) => v.id)).toEqual([
      'a1',
      'a2',
    ]);
  });

  it('loads an article’s body and comments once, however often it is asked for', async () => {
    const { useStore, preloadArticle, loadArticle } = makeStore();
    await Promise.all([preloadArticle('a1'), preloadArticle('a1')]);
    await preloadArticle('a1');
    expect(loadArticle).toHaveBeenCalledTimes(1);
    expect(selectDetail('a1')(useStore.getState())?.comments[0]?.paragraphs).toEqual([
      'A comment on a1.',
    ]);
    await preloadArticle('nope');
    expect(loadArticle).toHaveBeenCalledTimes(1); // an unknown id never fetches
  });

  it('a failed load is not remembered: the next visit tries again', async () => {
    const { useStore, preloadArticle, loadArticle } = makeStore();
    loadArticle.mockImplementationOnce(() => Promise.reject(new Error('offline')));
    await expect(preloadArticle('a2')).rejects.toThrow('offline');
    await preloadArticle('a2');
    expect(selectDetail('a2')(useStore.getState())?.body).toHaveLength(1);
  });

  it('loads a precomputed comparison by its ordered pair of versions, and only that', async () => {
    const { useStore, preloadComparison } = makeStore();
    expect(selectComparison('a1', 'a2')(useStore.getState())).toBeUndefined();
    await preloadComparison('a1', 'a2');
    await preloadComparison('a2', 'a1');
    expect(selectComparison('a1', 'a2')(useStore.getState())).toEqual({ marker: 'a1 vs a2' });
    expect(selectComparison('a2', 'a1')(useStore.getState())).toBeUndefined();
  });

  it('returns the same object on every call, so views do not re-render for nothing', () => {
    const { useStore } = makeStore();
    const state = useStore.getState();
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
