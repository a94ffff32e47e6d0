import './not-found.css';
import { Link } from '../../shared/link.tsx';
import { RecentStories } from '../../features/reading/recent-stories.tsx';
import { paths } from '../../shared/paths.ts';
import { useListPage } from '../../store/content-store.ts';
import { NEWEST_KEY } from './list-address.ts';
import { problemOf, type Missing, type NotFoundProblem } from './not-found-problem.ts';

/**
 * A page the site does not have: what was not found (`missing`, from the route) and where in the
 * address (the unknown ids marked), then the newest stories to go on with and a way home.
 */
export function NotFoundRoute(props: { missing?: Missing; problem?: NotFoundProblem }) {
  const problem = props.problem ?? (props.missing && problemOf(props.missing));
  // Home's first page: the newest stories, never the list of every one.
  const newest = useListPage(NEWEST_KEY);
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <title>Not found · News Versions</title>
      <h1 id="not-found-title">Page not found</h1>
      <p>{problem?.message ?? 'There is no page at this address.'}</p>
      {problem && (
        <p className="not-found-path">
          <span className="visually-hidden">The address, with what was not found marked: </span>
          <code>
            {problem.path.map((segment, i) => (
              <span key={i}>
                /
                {segment.missing ? (
                  <mark>
                    {segment.text}
                    <span className="visually-hidden"> (not found)</span>
                  </mark>
                ) : (
                  segment.text
                )}
              </span>
            ))}
          </code>
        </p>
      )}
      {newest?.type === 'stories' && (
        <RecentStories storyIds={newest.index.stories.map((s) => s.id)} total={newest.total} />
      )}
      <p>
        <Link to={paths.home.to()}>Go to the list of stories</Link>
      </p>
    </section>
  );
}
