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
