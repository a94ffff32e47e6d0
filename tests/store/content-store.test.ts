import { describe, expect, it, vi } from 'vitest';
import type { CompactComparison } from '../../src/engine/types.ts';
import { summarize, type Article } from '../../src/domain/article.ts';
import type { ArticlePayload, ContentIndex } from '../../src/domain/content.ts';
import type { ListPayload } from '../../src/domain/listing.ts';
import {
  createContentStore,
  selectArticle,
  selectComparison,
  selectDetail,
  selectStory,
  selectStoryIds,
  preloadIndex,
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
  const loadIndex = vi.fn(() => Promise.resolve(index));
  const loadArticle = vi.fn((id: string): Promise<ArticlePayload | undefined> => {
    const found = articles.find((a) => a.id === id);
    if (!found) return Promise.resolve(undefined);
    const story = index.stories.find((s) => s.versions.includes(id));
    const versions = index.articles.filter((a) => story?.versions.includes(a.id));
    return Promise.resolve({
      detail: { body: found.body, comments: found.comments },
      index: { articles: versions, stories: story ? [story] : [] },
    });
  });
  const loadComparison = vi.fn((key: string) =>
    Promise.resolve(key === 'a1~a2' ? comparison : undefined),
  );
  const loadStory = vi.fn((id: string) => {
    const story = index.stories.find((s) => s.id === id);
    return Promise.resolve(
      story
        ? {
            index: {
              articles: index.articles.filter((a) => story.versions.includes(a.id)),
              stories: [story],
            },
            timeline: story.versions.map((v) => ({
              id: v,
              headlineChanged: false,
              added: 0,
              removed: 0,
              similarity: null,
              drift: 0,
            })),
          }
        : undefined,
    );
  });
  const loadList = vi.fn((key: string): Promise<ListPayload | undefined> =>
    Promise.resolve(
      key === 'home/1'
        ? {
            type: 'stories',
            ref: { kind: 'home' },
            name: 'Stories',
            page: 1,
            pages: 1,
            total: 2,
            index,
          }
        : undefined,
    ),
  );
  return {
    ...createContentStore({ loadIndex, loadArticle, loadComparison, loadStory, loadList }),
    loadList,
    loadIndex,
    loadArticle,
    loadComparison,
    loadStory,
  };
}

describe('content store', () => {
  it('starts empty: nothing is shipped with the app, the list loads once when asked', async () => {
    const { useStore, preloadIndex, loadIndex, loadArticle } = makeStore();
    expect(selectStoryIds(useStore.getState())).toEqual([]);
    expect(selectArticle('a1')(useStore.getState())).toBeUndefined();
    await Promise.all([preloadIndex(), preloadIndex()]);
    await preloadIndex();
    expect(loadIndex).toHaveBeenCalledTimes(1);
    expect(loadArticle).not.toHaveBeenCalled();
  });

  it('an article page learns its article and its story only, never the whole list', async () => {
    const { useStore, preloadArticle, loadIndex } = makeStore();
    await preloadArticle('a2');
    const state = useStore.getState();
    expect(selectStory('story-a')(state)?.versions.map((v) => v.id)).toEqual(['a1', 'a2']);
    expect(selectArticle('b1')(state)).toBeUndefined();
    expect(selectStoryIds(state)).toEqual([]);
    expect(loadIndex).not.toHaveBeenCalled();
  });

  it('a list page loads its page once, learns its stories, and never the whole index', async () => {
    const { useStore, preloadList, loadList, loadIndex } = makeStore();
    await Promise.all([preloadList('home/1'), preloadList('home/1')]);
    await preloadList('home/1');
    expect(loadList).toHaveBeenCalledTimes(1);
    const state = useStore.getState();
    expect(state.lists['home/1']).toMatchObject({ type: 'stories', total: 2 });
    expect(selectStory('story-a')(state)?.versions.map((v) => v.id)).toEqual(['a1', 'a2']);
    expect(loadIndex).not.toHaveBeenCalled();
    await preloadList('home/9');
    await preloadList('home/9');
    expect(loadList).toHaveBeenCalledTimes(2); // a page the site lacks is asked once
    expect(useStore.getState().missing['list:home/9']).toBe(true);
  });

  it('finds articles by id and nothing for an unknown id', async () => {
    const { useStore, preloadIndex } = makeStore();
    await preloadIndex();
    expect(selectArticle('a2')(useStore.getState())?.id).toBe('a2');
    expect(selectArticle('nope')(useStore.getState())).toBeUndefined();
  });

  it('holds list metadata only until a page asks: a comment count, no body, no comments', async () => {
    const { useStore, preloadIndex } = makeStore();
    await preloadIndex();
    const a1 = selectArticle('a1')(useStore.getState());
    expect(a1?.commentCount).toBe(1);
    expect(a1 && 'body' in a1).toBe(false);
    expect(a1 && 'comments' in a1).toBe(false);
    expect(selectDetail('a1')(useStore.getState())).toBeUndefined();
  });

  it('keeps the build order of stories and resolves each story to its versions', async () => {
    const { useStore, preloadIndex, preloadArticle } = makeStore();
    await preloadArticle('a1'); // a story learnt first from an article keeps the list's order
    await preloadIndex();
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
    await preloadArticle('nope');
    expect(loadArticle).toHaveBeenCalledTimes(2); // an unknown id is asked once, then known
    expect(useStore.getState().missing['nope']).toBe(true);
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

  it('returns the same object on every call, so views do not re-render for nothing', async () => {
    const { useStore, preloadIndex } = makeStore();
    await preloadIndex();
    const state = useStore.getState();
    expect(selectStory('story-a')(state)).toBe(selectStory('story-a')(state));
  });

  it('the app store holds the real content: one story with both seed versions', async () => {
    await preloadIndex();
    const state = useContentStore.getState();
    expect(state.storyIds).toEqual(['japan-vietnam-cyber-space-pact-2021']);
    expect(
      state.storiesById['japan-vietnam-cyber-space-pact-2021']?.versions.map((v) => v.label),
    ).toEqual(['AP original', 'Scraped rewrite']);
  });
});
