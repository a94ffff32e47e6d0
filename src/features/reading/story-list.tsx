import { Link } from 'react-router';
import { paths } from '../../shared/paths.ts';
import { useStory, useStoryIds } from '../../store/content-store.ts';

/** Home: each story once, with its versions under it. */
export function StoryList() {
  const storyIds = useStoryIds();
  if (storyIds.length === 0) {
    return <p className="empty">No stories yet. Add Markdown files to the content folder.</p>;
  }
  return (
    <ol className="story-list">
      {storyIds.map((id) => (
        <StoryItem key={id} storyId={id} />
      ))}
    </ol>
  );
}

function StoryItem({ storyId }: { storyId: string }) {
  const story = useStory(storyId);
  if (!story) return null;
  const [first] = story.versions;
  const title = story.versions.find((v) => v.headline)?.headline ?? first?.label ?? storyId;
  return (
    <li className="story">
      <h2 className="story-title">{title}</h2>
      <ul className="versions" aria-label={`Versions of “${title}”`}>
        {story.versions.map((version) => (
          <li key={version.id}>
            <Link to={paths.article.to(version.id)}>{version.headline ?? version.label}</Link>{' '}
            <span className="version-label">{version.label}</span>
          </li>
        ))}
      </ul>
      {story.versions.length > 1 && story.versions[0] && story.versions[1] && (
        <p className="story-compare">
          <Link to={paths.compare.to(story.versions[0].id, story.versions[1].id)}>
            Compare {story.versions[0].label} with {story.versions[1].label}
          </Link>
        </p>
      )}
    </li>
  );
}
