import './story-list.css';
import './meta-line.css';
import { Link } from '../../shared/link.tsx';
import type { ArticleSummary } from '../../domain/article.ts';
import type { StoryDigest } from '../../domain/story.ts';
import { formatDay, plural, readingTime } from '../../shared/format.ts';
import { paths } from '../../shared/paths.ts';
import { storyTitle } from '../../shared/story-title.ts';
import { percentText } from '../../engine/percent.ts';
import { useStory } from '../../store/content-store.ts';

/** A page of stories (home, or a tag's, a publisher's, a month's): each story once, what its
 * versions' comparison found, and its versions under it. The stories must be loaded. */
export function StoryList({ storyIds }: { storyIds: readonly string[] }) {
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
  const title = storyTitle(storyId, story.versions);
  const first = story.versions[0];
  const latest = story.versions.at(-1);
  const headingId = `story-${storyId}`;
  const updated = story.digest?.updated;
  return (
    <li className="story">
      <article aria-labelledby={headingId}>
        <div className="story-summary">
          <h2 className="story-title" id={headingId}>
            <Link to={paths.story.to(storyId)}>{title}</Link>
          </h2>
          <p className="story-count">
            {plural(story.versions.length, 'version')}
            {updated && (
              <>
                {' · updated '}
                <time dateTime={updated}>{formatDay(updated)}</time>
              </>
            )}
          </p>
          {story.digest && first && latest && first !== latest && (
            <Digest digest={story.digest} first={first} latest={latest} />
          )}
          <p className="story-actions">
            {first && latest && first !== latest && (
              <Link to={paths.compare.to(first.id, latest.id)} className="button-link">
                Compare {first.label} with {latest.label}
              </Link>
            )}
            {story.versions.length > 2 && (
              <Link to={paths.story.to(storyId)}>
                Every step of the {plural(story.versions.length, 'version')}
              </Link>
            )}
          </p>
        </div>
        <ul className="versions" aria-label={`Versions of “${title}”`}>
          {story.versions.map((version) => (
            <VersionItem key={version.id} version={version} storyTitle={title} />
          ))}
        </ul>
      </article>
    </li>
  );
}

/** What comparing the first version with the latest found, in one or two lines. */
function Digest({
  digest,
  first,
  latest,
}: {
  digest: StoryDigest;
  first: ArticleSummary;
  latest: ArticleSummary;
}) {
  return (
    <p className="story-digest">
      {digest.similarity !== null && (
        <strong>
          {latest.label} is {percentText(digest.similarity)} similar to {first.label}.
        </strong>
      )}{' '}
      {digest.finding ? digest.finding.text : 'No changed name, number or quotation was found.'}
    </p>
  );
}

function VersionItem({ version, storyTitle }: { version: ArticleSummary; storyTitle: string }) {
  const source = [version.publisher, version.agency].filter(Boolean).join(' · ');
  // The story's title is its headline already: a version repeats it only when its own differs.
  const ownHeadline = version.headline && version.headline !== storyTitle;
  return (
    <li className="version">
      <p className="version-headline">
        <Link to={paths.article.to(version.id)}>{version.label}</Link>
        {ownHeadline && <span className="version-own-headline">: {version.headline}</span>}
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
