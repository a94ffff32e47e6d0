import './recent-stories.css';
import { Link } from '../../shared/link.tsx';
import { plural } from '../../shared/format.ts';
import { paths } from '../../shared/paths.ts';
import { useStory } from '../../store/content-store.ts';
import { storyTitle } from './story-title.ts';

/** At most this many, so the list stays short however large the archive; home has the rest. */
const LIMIT = 10;

/** The newest stories, each a link to its first version: where to go on from a missing page.
 * `storyIds`: the newest first (home's first page, loaded); `total`: how many the site has. */
export function RecentStories({ storyIds, total }: { storyIds: readonly string[]; total: number }) {
  if (storyIds.length === 0) return null;
  const shown = storyIds.slice(0, LIMIT);
  const more = total - shown.length;
  return (
    <section className="recent-stories" aria-labelledby="recent-stories-title">
      <h2 id="recent-stories-title">
        {more > 0 ? `The ${shown.length} newest stories` : 'Stories on this site'}
      </h2>
      <ul>
        {shown.map((id) => (
          <RecentStory key={id} storyId={id} />
        ))}
      </ul>
      {more > 0 && (
        <p>
          <Link to={paths.home.to()}>All {total.toLocaleString('en-US')} stories</Link>
        </p>
      )}
    </section>
  );
}

function RecentStory({ storyId }: { storyId: string }) {
  const story = useStory(storyId);
  const first = story?.versions[0];
  if (!story || !first) return null;
  return (
    <li>
      <Link to={paths.article.to(first.id)}>{storyTitle(story)}</Link>{' '}
      <span className="recent-stories-count">{plural(story.versions.length, 'version')}</span>
    </li>
  );
}
