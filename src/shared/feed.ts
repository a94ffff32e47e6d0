/**
 * The Atom 1.0 feed of the site (RFC 4287): one entry per version, the newest `FEED_ENTRIES`
 * first, each linking to what changed since the version before it. Written once by the build
 * (src/app/prerender.tsx); pure, so its test reads the XML it makes with a real parser.
 *
 * Only the newest entries, as feeds do: a feed reader polls the file, and one entry per version
 * of an archive of 10,000 stories was 7 MB; the archive itself is in the site's lists.
 */
import type { ArticleSummary } from '../domain/article.ts';
import type { TimelineStep } from '../domain/story.ts';
import { formatDay } from './format.ts';
import { percentText } from '../engine/percent.ts';
import { paths } from './paths.ts';
import { storyTitle } from './story-title.ts';

/** The entries a feed holds: the newest versions, whatever the size of the archive. */
export const FEED_ENTRIES = 100;

export interface FeedStory {
  id: string;
  /** Oldest first, as the build orders them. */
  versions: readonly ArticleSummary[];
  timeline: readonly TimelineStep[];
}

/** Text for XML character data and attribute values. Characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A YYYY-MM-DD day as an RFC 3339 timestamp (the content gives days, not times). */
const timestamp = (day: string) => `${day}T00:00:00Z`;

/** What choosing the newest entries needs of a story: its versions, not its timeline. */
type ListedStory = Pick<FeedStory, 'id' | 'versions'>;

interface Entry<S extends ListedStory = FeedStory> {
  story: S;
  version: ArticleSummary;
  previous: ArticleSummary | undefined;
  order: number;
}

/** The dated versions of `stories` as entries, newest first, at most `limit`. */
function newestEntries<S extends ListedStory>(stories: readonly S[], limit: number): Entry<S>[] {
  const entries: Entry<S>[] = [];
  for (const story of stories)
    story.versions.forEach((version, i) => {
      if (version.date) entries.push({ story, version, previous: story.versions[i - 1], order: i });
    });
  // Newest first; on the same day the later version of a story first.
  entries.sort(
    (a, b) =>
      (b.version.date ?? '').localeCompare(a.version.date ?? '') ||
      a.story.id.localeCompare(b.story.id) ||
      b.order - a.order,
  );
  return entries.slice(0, limit);
}

/**
 * The stories the feed shows a version of (the newest `limit` versions of `stories`): only these
 * need their timelines loaded to write it.
 */
export function feedStoryIds(stories: readonly ListedStory[], limit = FEED_ENTRIES): string[] {
  return [...new Set(newestEntries(stories, limit).map((entry) => entry.story.id))];
}

/**
 * @param origin the site's absolute base URL, e.g. `https://news.example/` (ids and links in a
 *   feed must be absolute to mean the same thing in every reader)
 * @param title the feed's title
 *
 * A version without a date is left out: Atom requires every entry to say when it was updated,
 * and the content never invents a date (the story page still lists the version).
 */
export function atomFeed(
  stories: readonly FeedStory[],
  origin: string,
  title: string,
  limit = FEED_ENTRIES,
): string {
  const url = (path: string) => new URL(path.replace(/^\//, ''), origin).href;
  const entries = newestEntries(stories, limit);
  const updated = entries[0]?.version.date;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(title)}</title>`,
    `  <subtitle>The newest versions of every story, each linked to what changed since the one before.</subtitle>`,
    `  <id>${escapeXml(url(paths.feed.to()))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(url(paths.feed.to()))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(url(paths.home.to()))}"/>`,
    // Atom requires an update time; with no dated version at all, the Unix epoch says "unknown".
    `  <updated>${timestamp(updated ?? '1970-01-01')}</updated>`,
    `  <author><name>${escapeXml(title)}</name></author>`,
    ...entries.map((entry) => feedEntry(entry, url)),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

function feedEntry({ story, version, previous }: Entry, url: (path: string) => string) {
  const step = story.timeline.find((s) => s.id === version.id);
  const title = storyTitle(story.id, story.versions);
  const link = previous ? paths.compare.to(previous.id, version.id) : paths.article.to(version.id);
  const source = [version.publisher, version.agency].filter(Boolean).join(' · ');
  const what = previous
    ? `What changed since “${previous.label}”${
        step && step.similarity !== null
          ? `: ${step.added} words added, ${step.removed} removed, ${percentText(step.similarity)} similar`
          : ''
      }.`
    : 'The first version of the story.';
  const summary = `${version.label}${source ? ` (${source})` : ''}, ${version.date ? formatDay(version.date) : 'undated'}. ${what}`;
  return [
    '  <entry>',
    `    <title>${escapeXml(`${title}: ${version.label}`)}</title>`,
    `    <id>${escapeXml(url(paths.article.to(version.id)))}</id>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(url(link))}"/>`,
    `    <link rel="related" type="text/html" href="${escapeXml(url(paths.story.to(story.id)))}"/>`,
    `    <updated>${timestamp(version.date ?? '')}</updated>`,
    ...(version.byline || version.publisher
      ? [
          `    <author><name>${escapeXml(version.byline ?? version.publisher ?? '')}</name></author>`,
        ]
      : []),
    `    <category term="${escapeXml(story.id)}" label="${escapeXml(title)}"/>`,
    `    <summary>${escapeXml(summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}
