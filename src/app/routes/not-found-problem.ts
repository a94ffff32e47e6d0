import { isMonth, monthName, type GroupKind, type ListRef } from '../../domain/listing.ts';
import { paths } from '../../shared/paths.ts';

/** One segment of an address, marked when it names something the site does not have. */
export interface PathSegment {
  text: string;
  missing: boolean;
}

/** What a not-found page says: what was not found, and where in the address. */
export interface NotFoundProblem {
  message: string;
  /** The address by segment (`/` between them), the unknown ids marked. */
  path: PathSegment[];
}

/**
 * A problem with the address `url` (built by `paths`), whose segments equal to one of
 * `missing` are marked. Segments are shown decoded, as the reader typed them.
 */
export function notFound(
  message: string,
  url: string,
  missing: readonly string[],
): NotFoundProblem {
  return {
    message,
    path: url
      .split('/')
      .slice(1)
      .map((segment) => {
        const text = decodeURIComponent(segment);
        return { text, missing: missing.includes(text) };
      }),
  };
}

export function articleNotFound(id: string): NotFoundProblem {
  return notFound(`No article has the id “${id}”.`, paths.article.to(id), [id]);
}

export function storyNotFound(id: string): NotFoundProblem {
  return notFound(`No story has the id “${id}”.`, paths.story.to(id), [id]);
}

const NEEDS = 'A comparison needs two different ids: both must be versions of the same story.';

/**
 * Why /compare/left/right shows nothing: which side names no article, or that the two are one
 * version, or versions of different stories.
 */
export function comparisonNotFound(
  leftId: string,
  rightId: string,
  known: { left: boolean; right: boolean },
): NotFoundProblem {
  const url = paths.compare.to(leftId, rightId);
  if (leftId === rightId)
    return notFound(`A version cannot be compared with itself. ${NEEDS}`, url, []);
  if (!known.left && !known.right)
    return notFound(
      `Neither the left id, “${leftId}”, nor the right id, “${rightId}”, is an article the site has. ${NEEDS}`,
      url,
      [leftId, rightId],
    );
  if (!known.left || !known.right) {
    const [side, id] = known.left ? ['right', rightId] : ['left', leftId];
    return notFound(`The ${side} id, “${id}”, is not an article the site has. ${NEEDS}`, url, [id]);
  }
  return notFound(
    `“${leftId}” and “${rightId}” are versions of different stories, so there is no comparison of them. ${NEEDS}`,
    url,
    [],
  );
}

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
