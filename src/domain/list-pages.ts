/**
 * How the build cuts the archive into lists (issue 16): home's list of every story and the lists
 * by tag, publisher and month, each newest story first and cut into pages of `PAGE_SIZE`; and an
 * index of each kind (every tag, publisher or month with its count) cut into pages of
 * `INDEX_PAGE_SIZE`. A page holds a fixed number of entries however large the archive, so its
 * HTML and data stay the same size.
 *
 * Pure, and build-time only: src/node/vite-plugin-content.ts writes each page as a JSON file and
 * the prerendering lists every page's address; the browser reads one page at a time.
 */
import { GROUP_KINDS } from './group-kinds.ts';
import type { ContentIndex } from './content.ts';
import {
  listKey,
  monthName,
  monthOf,
  slugify,
  type GroupKind,
  type ListPayload,
  type ListRef,
} from './listing.ts';

/** Stories on one page of a list. */
export const PAGE_SIZE = 20;
/** Tags, publishers or months on one page of an index (at 100,000 stories a list of every tag
 * would be a page as large as the archive's vocabulary: it is paginated like the lists). */
export const INDEX_PAGE_SIZE = 100;

/** What the lists need to know of a story: taken from its versions' metadata. */
export interface ListedStory {
  id: string;
  /** Its first version's date (YYYY-MM-DD), the story's date; null when no version has one. */
  date: string | null;
  tags: readonly string[];
  publishers: readonly string[];
  /** Every month (YYYY-MM) a version is dated in. */
  months: readonly string[];
}

/** One tag, publisher or month and its stories, newest first. */
export interface Group {
  kind: GroupKind;
  slug: string;
  /** As written in the content (the first spelling met, newest story first), or "November 2025". */
  name: string;
  storyIds: string[];
}

export interface Listings {
  /** Every story, newest first. */
  home: string[];
  /** Each kind's groups in the order its index lists them: tags by most stories (then name),
   * publishers by name, months newest first. */
  groups: Record<GroupKind, Group[]>;
}

/** A page of a list: its entries and where it sits. */
export interface Page<T> {
  /** 1-based. */
  page: number;
  pages: number;
  /** Entries in the whole list. */
  total: number;
  items: T[];
}

/** A story's list facts from its versions (oldest first): the union of their tags, publishers
 * and months, each once in the order first met. */
export function listedStory(
  id: string,
  versions: readonly { date?: string | undefined; tags: readonly string[]; publisher?: string }[],
): ListedStory {
  const once = (values: (string | undefined)[]) => [
    ...new Set(values.filter((v): v is string => Boolean(v))),
  ];
  return {
    id,
    date: versions.find((v) => v.date)?.date ?? null,
    tags: once(versions.flatMap((v) => v.tags)),
    publishers: once(versions.map((v) => v.publisher)),
    months: once(versions.map((v) => v.date && monthOf(v.date))),
  };
}

/** Newest story first; undated stories last; equal dates by id. */
export function newestFirst(a: ListedStory, b: ListedStory): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);
}

/** Every list of the archive, from every story's facts (in any order). */
export function buildListings(stories: readonly ListedStory[]): Listings {
  const sorted = [...stories].sort(newestFirst);
  const collect = (kind: GroupKind, namesOf: (story: ListedStory) => readonly string[]) => {
    const bySlug = new Map<string, Group>();
    for (const story of sorted)
      for (const name of namesOf(story)) {
        const slug = kind === 'month' ? name : slugify(name);
        const group = bySlug.get(slug) ?? {
          kind,
          slug,
          name: kind === 'month' ? monthName(name) : name,
          storyIds: [],
        };
        // "Tokyo" and "tokyo" are one group: a story is in it once.
        if (group.storyIds.at(-1) !== story.id) group.storyIds.push(story.id);
        bySlug.set(slug, group);
      }
    return [...bySlug.values()];
  };
  const byName = (a: Group, b: Group) =>
    a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.slug.localeCompare(b.slug);
  return {
    home: sorted.map((s) => s.id),
    groups: {
      tag: collect('tag', (s) => s.tags).sort(
        (a, b) => b.storyIds.length - a.storyIds.length || byName(a, b),
      ),
      publisher: collect('publisher', (s) => s.publishers).sort(byName),
      month: collect('month', (s) => s.months).sort((a, b) => b.slug.localeCompare(a.slug)),
    },
  };
}

/** How many pages `count` entries fill: at least one (an empty list is one empty page). */
export const pageCount = (count: number, size: number): number =>
  Math.max(1, Math.ceil(count / size));

/** Page `page` (1-based) of `items`, or undefined when the list has no such page. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> | undefined {
  const pages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
  return { page, pages, total: items.length, items: items.slice((page - 1) * size, page * size) };
}

/** One page of a list, and where it sits among the pages (for the prev/next links). */
export interface ListPage {
  key: string;
  ref: ListRef;
  page: number;
}

/** Every page of every list and index, home's first (each is prerendered and has a data file). */
export function everyListPage(listings: Listings): ListPage[] {
  const pagesOf = (ref: ListRef, count: number, size: number): ListPage[] =>
    Array.from({ length: pageCount(count, size) }, (_, i) => ({
      key: listKey(ref, i + 1),
      ref,
      page: i + 1,
    }));
  return [
    ...pagesOf({ kind: 'home' }, listings.home.length, PAGE_SIZE),
    ...GROUP_KINDS.flatMap((kind) => [
      ...pagesOf({ kind: 'index', of: kind }, listings.groups[kind].length, INDEX_PAGE_SIZE),
      ...listings.groups[kind].flatMap((group) =>
        pagesOf({ kind, slug: group.slug }, group.storyIds.length, PAGE_SIZE),
      ),
    ]),
  ];
}

/**
 * Every page's data: the stories' ids are turned into their list metadata by `indexOf` (the
 * build's own lookup), so a page carries its own stories and nothing of the others.
 */
export function listPayloads(
  listings: Listings,
  indexOf: (storyIds: readonly string[]) => ContentIndex,
): Map<string, ListPayload> {
  const payloads = new Map<string, ListPayload>();
  const stories = (ref: ListRef, name: string, ids: readonly string[]) => {
    for (let page = 1; page <= pageCount(ids.length, PAGE_SIZE); page++) {
      const cut = pageOf(ids, page, PAGE_SIZE);
      if (!cut) continue;
      const { items, ...where } = cut;
      payloads.set(listKey(ref, page), {
        type: 'stories',
        ref,
        name,
        ...where,
        index: indexOf(items),
      });
    }
  };
  stories({ kind: 'home' }, 'Stories', listings.home);
  for (const kind of GROUP_KINDS) {
    const groups = listings.groups[kind];
    const entries = groups.map((g) => ({ slug: g.slug, name: g.name, count: g.storyIds.length }));
    for (let page = 1; page <= pageCount(entries.length, INDEX_PAGE_SIZE); page++) {
      const cut = pageOf(entries, page, INDEX_PAGE_SIZE);
      if (!cut) continue;
      const { items, ...where } = cut;
      payloads.set(listKey({ kind: 'index', of: kind }, page), {
        type: 'groups',
        of: kind,
        ...where,
        groups: items,
      });
    }
    for (const group of groups) stories({ kind, slug: group.slug }, group.name, group.storyIds);
  }
  return payloads;
}
