/**
 * The archive's lists (issue 16), what the browser needs of them: which lists there are
 * (`ListRef`), the key of a page's data (`listKey`), the page number an address names, the slug
 * of a tag or publisher, months in words, and what a page's data holds. How the build cuts every
 * list into pages is src/domain/list-pages.ts, which no page loads.
 *
 * Addresses are src/shared/paths.ts's.
 */
import type { ContentIndex } from './content.ts';

/** The kinds of group a story can be listed under. */
export type GroupKind = 'tag' | 'publisher' | 'month';

/** Which list: home's, one group's, or the index of a kind of group. */
export type ListRef =
  { kind: 'home' } | { kind: GroupKind; slug: string } | { kind: 'index'; of: GroupKind };

/** What one page of stories loads: the page, its name, and its stories with their versions. */
export interface StoryListPayload {
  type: 'stories';
  ref: ListRef;
  name: string;
  page: number;
  pages: number;
  total: number;
  /** The page's stories in order, with every version's list metadata. */
  index: ContentIndex;
}

/** An index entry: a group, by name, with how many stories it lists. */
export interface GroupEntry {
  slug: string;
  name: string;
  count: number;
}

/** What one page of an index loads. */
export interface GroupIndexPayload {
  type: 'groups';
  of: GroupKind;
  page: number;
  pages: number;
  total: number;
  groups: GroupEntry[];
}

export type ListPayload = StoryListPayload | GroupIndexPayload;

/**
 * A name as an address segment: lowercase ASCII letters and digits, single hyphens between
 * ("Valley Courier" → "valley-courier", "Café Zürich" → "cafe-zurich"). A name with no such
 * character at all ("日本") gets a short stable hash instead, so every name has an address.
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug) return slug;
  let hash = 0x811c9dc5; // FNV-1a, 32 bits
  for (const char of name) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `x${hash.toString(36)}`;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-11" for "2025-11-23". */
export const monthOf = (day: string): string => day.slice(0, 7);

/** Whether `text` is a month as the lists write it (YYYY-MM, 01 to 12). */
export const isMonth = (text: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(text);

/** "November 2025" for "2025-11". */
export function monthName(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month.slice(5, 7)} ${month.slice(0, 4)}`;
}

/**
 * The page number an address names: none (undefined) is page 1; "2", "3"… are pages 2, 3…; any
 * other text is null, no page: "1" (page 1's address has no number), "0", "02", "-1", "x".
 */
export function pageNumber(segment: string | undefined): number | null {
  if (segment === undefined) return 1;
  return /^[1-9]\d*$/.test(segment) && segment !== '1' ? Number(segment) : null;
}

/** The key of one page of a list: its data file's name (`home/1`, `tag/weather/2`, `index/tag/1`). */
export function listKey(ref: ListRef, page: number): string {
  if (ref.kind === 'home') return `home/${page}`;
  if (ref.kind === 'index') return `index/${ref.of}/${page}`;
  return `${ref.kind}/${ref.slug}/${page}`;
}

/** Index entries of months, grouped by year (newest year first, as the months come). */
export function byYear(entries: readonly GroupEntry[]): { year: string; months: GroupEntry[] }[] {
  const years: { year: string; months: GroupEntry[] }[] = [];
  for (const entry of entries) {
    const year = entry.slug.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.months.push(entry);
    else years.push({ year, months: [entry] });
  }
  return years;
}
