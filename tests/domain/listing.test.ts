import { describe, expect, it } from 'vitest';
import {
  buildListings,
  everyListPage,
  INDEX_PAGE_SIZE,
  listedStory,
  listPayloads,
  PAGE_SIZE,
  pageOf,
  type ListedStory,
} from '../../src/domain/list-pages.ts';
import {
  byYear,
  listKey,
  monthName,
  pageNumber,
  slugify,
  type StoryListPayload,
} from '../../src/domain/listing.ts';

const story = (id: string, date: string | null, more: Partial<ListedStory> = {}): ListedStory => ({
  id,
  date,
  tags: [],
  publishers: [],
  months: date ? [date.slice(0, 7)] : [],
  ...more,
});

/** N stories a day apart from 2021-01-01, the newest last. */
const daily = (n: number, more: (i: number) => Partial<ListedStory> = () => ({})) =>
  Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2021, 0, 1 + i)).toISOString().slice(0, 10);
    return story(`s${i + 1}`, day, more(i));
  });

describe("a story's list facts", () => {
  it('are its versions’ tags, publishers and months, each once, and its first dated version’s date', () => {
    const facts = listedStory('flood', [
      { tags: ['weather', 'Millbrook'], publisher: 'Valley Courier' },
      { date: '2026-03-14', tags: ['weather'], publisher: 'Valley Courier' },
      { date: '2026-04-01', tags: ['rivers'], publisher: 'Tri-County Daily' },
    ]);
    expect(facts).toEqual({
      id: 'flood',
      date: '2026-03-14',
      tags: ['weather', 'Millbrook', 'rivers'],
      publishers: ['Valley Courier', 'Tri-County Daily'],
      months: ['2026-03', '2026-04'],
    });
    expect(listedStory('undated', [{ tags: [] }]).date).toBeNull();
  });
});

describe('slugs', () => {
  it('are lowercase ASCII words joined by single hyphens', () => {
    expect(slugify('Valley Courier')).toBe('valley-courier');
    expect(slugify('  Café  Zürich! ')).toBe('cafe-zurich');
    expect(slugify('newsfeed-aggregator.example')).toBe('newsfeed-aggregator-example');
  });

  it('give a name without such letters a stable hash, so it still has an address', () => {
    expect(slugify('日本')).toMatch(/^x[0-9a-z]+$/);
    expect(slugify('日本')).toBe(slugify('日本'));
    expect(slugify('日本')).not.toBe(slugify('中国'));
  });
});

describe('months', () => {
  it('read as words', () => {
    expect(monthName('2025-11')).toBe('November 2025');
    expect(monthName('2026-01')).toBe('January 2026');
  });

  it('group by year on an index page, newest first as given', () => {
    const entry = (slug: string) => ({ slug, name: monthName(slug), count: 1 });
    expect(byYear(['2026-02', '2026-01', '2025-12'].map(entry))).toEqual([
      { year: '2026', months: [entry('2026-02'), entry('2026-01')] },
      { year: '2025', months: [entry('2025-12')] },
    ]);
  });
});

describe('the lists', () => {
  it('put the newest story first, undated stories last, equal dates by id', () => {
    const listings = buildListings([
      story('old', '2020-05-01'),
      story('undated', null),
      story('b-new', '2024-01-01'),
      story('a-new', '2024-01-01'),
    ]);
    expect(listings.home).toEqual(['a-new', 'b-new', 'old', 'undated']);
  });

  it('list a story under each of its tags, publishers and months, and nowhere else', () => {
    const { groups } = buildListings([
      story('flood', '2026-03-14', {
        tags: ['weather', 'Millbrook'],
        publishers: ['Valley Courier'],
        months: ['2026-03', '2026-04'],
      }),
      story('pact', '2021-11-23', { tags: ['Japan'], publishers: ['Japan Today'] }),
      story('storm', '2026-03-20', { tags: ['weather'], publishers: ['Valley Courier'] }),
    ]);
    const ids = (kind: keyof typeof groups) =>
      Object.fromEntries(groups[kind].map((g) => [g.slug, g.storyIds]));
    expect(ids('tag')).toEqual({
      weather: ['storm', 'flood'],
      japan: ['pact'],
      millbrook: ['flood'],
    });
    expect(ids('publisher')).toEqual({
      'japan-today': ['pact'],
      'valley-courier': ['storm', 'flood'],
    });
    expect(ids('month')).toEqual({
      '2026-04': ['flood'],
      '2026-03': ['storm', 'flood'],
      '2021-11': ['pact'],
    });
  });

  it('order each index: tags by most stories then name, publishers by name, months newest first', () => {
    const { groups } = buildListings([
      story('a', '2021-01-05', { tags: ['zebra', 'apple'], publishers: ['Zeta News'] }),
      story('b', '2022-07-01', { tags: ['zebra', 'Mango'], publishers: ['alpha Post'] }),
    ]);
    expect(groups.tag.map((g) => g.name)).toEqual(['zebra', 'apple', 'Mango']);
    expect(groups.publisher.map((g) => g.name)).toEqual(['alpha Post', 'Zeta News']);
    expect(groups.month.map((g) => g.name)).toEqual(['July 2022', 'January 2021']);
  });

  it('treat names with one slug as one group, named as the newest story spells it', () => {
    const { groups } = buildListings([
      story('old', '2020-01-01', { tags: ['tokyo'] }),
      story('new', '2021-01-01', { tags: ['Tokyo', 'TOKYO'] }),
    ]);
    expect(groups.tag).toEqual([
      { kind: 'tag', slug: 'tokyo', name: 'Tokyo', storyIds: ['new', 'old'] },
    ]);
  });
});

describe('pages', () => {
  it('cut a list into pages of a fixed size; page 1 of an empty list is empty, others do not exist', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(items, 1, 20)).toMatchObject({ page: 1, pages: 3, total: 45 });
    expect(pageOf(items, 3, 20)?.items).toEqual([40, 41, 42, 43, 44]);
    expect(pageOf(items, 4, 20)).toBeUndefined();
    expect(pageOf(items, 0, 20)).toBeUndefined();
    expect(pageOf([], 1, 20)).toEqual({ page: 1, pages: 1, total: 0, items: [] });
  });

  it('are numbered in the address from 2 on: page 1 is the list’s own address', () => {
    expect(pageNumber(undefined)).toBe(1);
    expect(pageNumber('2')).toBe(2);
    expect(pageNumber('57')).toBe(57);
    for (const bad of ['1', '0', '02', '-1', 'x', '2.5', ''])
      expect(pageNumber(bad), bad).toBeNull();
  });

  it('each have a key that names their data file', () => {
    expect(listKey({ kind: 'home' }, 1)).toBe('home/1');
    expect(listKey({ kind: 'tag', slug: 'weather' }, 2)).toBe('tag/weather/2');
    expect(listKey({ kind: 'index', of: 'month' }, 1)).toBe('index/month/1');
  });
});

describe("every page's data", () => {
  const indexOf = (ids: readonly string[]) => ({
    articles: [],
    stories: ids.map((id) => ({ id, versions: [`${id}-v1`] })),
  });

  it('holds at most a page of stories, whatever the size of the archive', () => {
    for (const n of [100, 10_000]) {
      const listings = buildListings(daily(n, () => ({ tags: ['all'] })));
      const payloads = listPayloads(listings, indexOf);
      const home = payloads.get('home/1') as StoryListPayload;
      expect(home.index.stories).toHaveLength(PAGE_SIZE);
      expect(home).toMatchObject({ page: 1, pages: n / PAGE_SIZE, total: n, name: 'Stories' });
      expect((payloads.get('tag/all/1') as StoryListPayload).index.stories).toHaveLength(PAGE_SIZE);
      const last = payloads.get(`home/${n / PAGE_SIZE}`) as StoryListPayload;
      expect(last.index.stories.at(-1)?.id).toBe('s1'); // the oldest story
    }
  });

  it('pages the index of a kind once it has more groups than a page holds', () => {
    const n = INDEX_PAGE_SIZE + 5;
    const listings = buildListings(daily(n, (i) => ({ tags: [`tag ${i}`] })));
    const payloads = listPayloads(listings, indexOf);
    expect(payloads.get('index/tag/1')).toMatchObject({ type: 'groups', page: 1, pages: 2 });
    expect(payloads.get('index/tag/2')).toMatchObject({ total: n });
    expect(payloads.get('index/tag/3')).toBeUndefined();
    // Every month of 105 days from January 2021: four, on one page.
    expect(payloads.get('index/month/1')).toMatchObject({ total: 4, pages: 1 });
  });

  it('has one page for each page everyListPage names, and no other', () => {
    const listings = buildListings(daily(45, (i) => ({ tags: i % 3 === 0 ? ['third'] : [] })));
    const keys = everyListPage(listings).map((p) => p.key);
    expect(new Set(keys)).toEqual(new Set(listPayloads(listings, indexOf).keys()));
    expect(keys.filter((k) => k.startsWith('home/'))).toEqual(['home/1', 'home/2', 'home/3']);
    expect(keys).toContain('tag/third/1');
    expect(keys).not.toContain('tag/third/2'); // 15 stories: one page
  });
});
