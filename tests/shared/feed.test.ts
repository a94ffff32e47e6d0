// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/domain/article.ts';
import {
  atomFeed,
  escapeXml,
  FEED_ENTRIES,
  feedStoryIds,
  type FeedStory,
} from '../../src/shared/feed.ts';

const version = (
  id: string,
  date?: string,
  extra: Partial<ArticleSummary> = {},
): ArticleSummary => ({
  id,
  story: 's',
  label: `Label ${id}`,
  tags: [],
  copyright: [],
  words: 10,
  commentCount: 0,
  ...(date ? { date } : {}),
  ...extra,
});
const step = (id: string, similarity: number | null) => ({
  id,
  headlineChanged: false,
  added: 3,
  removed: 1,
  similarity,
  drift: 0.1,
});
const story: FeedStory = {
  id: 's',
  versions: [
    version('a', '2024-01-01', { headline: 'Tom & Jerry <b>"quoted"</b>', publisher: 'Pub' }),
    version('b', '2024-01-03'),
    version('c'),
  ],
  timeline: [step('a', null), step('b', 0.8), step('c', 0.5)],
};
const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

describe('the Atom feed', () => {
  const xml = atomFeed([story], 'https://news.example/base/', 'News Versions');
  const doc = parse(xml);
  const entries = [...doc.getElementsByTagName('entry')];

  it('is well-formed Atom with the feed elements RFC 4287 requires', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    const child = (name: string) =>
      [...doc.documentElement.children].find((c) => c.localName === name)?.textContent;
    expect(child('id')).toBe('https://news.example/base/feed.xml');
    expect(child('title')).toBe('News Versions');
    expect(child('updated')).toBe('2024-01-03T00:00:00Z');
  });

  it('has one entry per dated version, newest first, linked to what changed since the previous', () => {
    expect(entries.map((e) => e.getElementsByTagName('id')[0]?.textContent)).toEqual([
      'https://news.example/base/articles/b',
      'https://news.example/base/articles/a',
    ]);
    const link = (e: Element | undefined) =>
      [...(e?.getElementsByTagName('link') ?? [])].find(
        (l) => l.getAttribute('rel') === 'alternate',
      );
    expect(link(entries[0])?.getAttribute('href')).toBe('https://news.example/base/compare/a/b');
    // The first version has no previous one: it links to itself.
    expect(link(entries[1])?.getAttribute('href')).toBe('https://news.example/base/articles/a');
    expect(entries[0]?.getElementsByTagName('summary')[0]?.textContent).toContain(
      '3 words added, 1 removed, 80% similar',
    );
  });

  it('escapes hostile text rather than letting it become markup', () => {
    const title = entries[1]?.getElementsByTagName('title')[0]?.textContent;
    expect(title).toBe('Tom & Jerry <b>"quoted"</b>: Label a');
    expect(escapeXml('a\u0001b & <c>')).toBe('ab &amp; &lt;c&gt;');
  });

  it('stays valid with no dated version at all', () => {
    const empty = parse(
      atomFeed([{ ...story, versions: [version('x')] }], 'https://n.example/', 'N'),
    );
    expect(empty.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(empty.getElementsByTagName('entry')).toHaveLength(0);
  });

  it('holds the newest versions only, and names the stories they come from', () => {
    // Story k has versions dated day k and day k + 10: the newest come from the last stories.
    const archive: FeedStory[] = Array.from({ length: 12 }, (_, k) => ({
      id: `s${String(k).padStart(2, '0')}`,
      versions: [
        version(`s${k}a`, `2024-01-${String(k + 1).padStart(2, '0')}`),
        version(`s${k}b`, `2024-02-${String(k + 1).padStart(2, '0')}`),
      ],
      timeline: [],
    }));
    const ids = (xml: string) =>
      [...parse(xml).getElementsByTagName('entry')].map(
        (e) => e.getElementsByTagName('id')[0]?.textContent?.split('/').at(-1) ?? '',
      );
    expect(ids(atomFeed(archive, 'https://n.example/', 'N', 3))).toEqual(['s11b', 's10b', 's9b']);
    expect(feedStoryIds(archive, 3)).toEqual(['s11', 's10', 's09']);
    // Only those stories are needed to write the same feed.
    const chosen = archive.filter((s) => feedStoryIds(archive, 3).includes(s.id));
    expect(atomFeed(chosen, 'https://n.example/', 'N', 3)).toBe(
      atomFeed(archive, 'https://n.example/', 'N', 3),
    );
    // Every entry up to the limit.
    expect(ids(atomFeed(archive, 'https://n.example/', 'N'))).toHaveLength(
      Math.min(24, FEED_ENTRIES),
    );
  });
});
