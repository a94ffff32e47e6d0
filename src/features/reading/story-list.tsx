import './story-list.css';
import './meta-line.css';
import { Link } from 'react-router';
import type { ArticleSummary } from '../../domain/article.ts';
import { formatDay, plural, readingTime } from '../../shared/format.ts';
import { paths } from '../../shared/paths.ts';
import { useStory, useStoryIds } from '../../store/content-store.ts';

/** Home: each story once, its versions under it, and a link to compare them. */
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
  const title =
    story.versions.find((v) => v.headline)?.headline ?? story.versions[0]?.label ?? storyId;
  const [first, second] = story.versions;
  const headingId = `story-${storyId}`;
  return (
    <li className="story">
      <article aria-labelledby={headingId}>
        <h2 className="story-title" id={headingId}>
          {title}
        </h2>
        <p className="story-count">{plural(story.versions.length, 'version')}</p>
        <ul className="versions" aria-label={`Versions of “${title}”`}>
          {story.versions.map((version) => (
            <VersionItem key={version.id} version={version} />
          ))}
        </ul>
        {first && second && (
          <p className="story-compare">
            <Link to={paths.compare.to(first.id, second.id)} className="button-link">
              Compare {first.label} with {second.label}
            </Link>
          </p>
        )}
      </article>
    </li>
  );
}

function VersionItem({ version }: { version: ArticleSummary }) {
  const source = [version.publisher, version.agency].filter(Boolean).join(' · ');
  return (
    <li className="version">
      <p className="version-label">{version.label}</p>
      <p className="version-headline">
        <Link to={paths.article.to(version.id)}>{version.headline ?? version.label}</Link>
        {!version.headline && <span className="absent"> (no headline)</span>}
      </p>
      <p className="meta-line">
        <span>{source || <span className="absent">publisher unknown</span>}</span>
        <span>
          {version.byline ? `By ${version.byline}` : <span className="absent">no byline</span>}
        </span>
        <span>
          {version.date ? (
            <time dateTime={version.date}>{formatDay(version.date)}</time>
          ) : (
            <span className="absent">date unknown</span>
          )}
        </span>
        <span>{readingTime(version.words)} read</span>
        <span>{plural(version.commentCount, 'comment')}</span>
      </p>
    </li>
  );
}
