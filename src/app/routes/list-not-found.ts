/**
 * What a list's address that shows nothing says (see not-found-problem.ts), in its own module:
 * only the list pages load it, not every route's not-found code.
 */
import { isMonth, monthName, type GroupKind, type ListRef } from '../../domain/listing.ts';
import { notFound, type NotFoundProblem } from './not-found-problem.ts';

const GROUP_WORDS: Record<GroupKind, { list: string; none: (slug: string) => string }> = {
  tag: { list: 'tag', none: (slug) => `No story has a tag whose address is “${slug}”.` },
  publisher: {
    list: 'publisher',
    none: (slug) => `No story is from a publisher whose address is “${slug}”.`,
  },
  month: {
    list: 'month',
    none: (slug) =>
      isMonth(slug)
        ? `No story is dated in ${monthName(slug)}.`
        : `“${slug}” is not a month: months are written YYYY-MM, like 2025-11.`,
  },
};

/** What one calls the list at `ref`, for a sentence: "home's list", "the tag “weather”". */
function listName(ref: ListRef, name?: string): string {
  if (ref.kind === 'home') return 'The list of stories';
  if (ref.kind === 'index') return `The list of ${ref.of === 'month' ? 'months' : `${ref.of}s`}`;
  return `The ${GROUP_WORDS[ref.kind].list} “${name ?? ref.slug}”`;
}

/**
 * Why a list's address shows nothing: the page segment is no page number, the list has fewer
 * pages, or (a tag's, publisher's or month's list) no story is in it.
 * @param first the list's first page, when it exists (undefined: the list does not)
 */
export function listNotFound(
  url: string,
  ref: ListRef,
  pageText: string | undefined,
  first: { pages: number; name?: string } | undefined,
): NotFoundProblem {
  if (!first && ref.kind !== 'home' && ref.kind !== 'index')
    return notFound(GROUP_WORDS[ref.kind].none(ref.slug), url, [ref.slug]);
  const pages = first?.pages ?? 1;
  const list = listName(ref, first?.name);
  const has = `${list} has ${pages === 1 ? '1 page' : `${pages} pages`}`;
  const text = pageText ?? '1';
  if (text === '1')
    return notFound(`${has}; its first page's address has no page number.`, url, [text]);
  if (!/^[1-9]\d*$/.test(text))
    return notFound(`“${text}” is not a page number. ${has}.`, url, [text]);
  return notFound(`${has}: there is no page ${text}.`, url, [text]);
}
