import './story.css';
import { Link } from '../../shared/link.tsx';
import type { ArticleSummary } from '../../domain/article.ts';
import type { TimelineStep } from '../../domain/story.ts';
import { formatDay, plural } from '../../shared/format.ts';
import { percentText } from '../../engine/percent.ts';
import { paths } from '../../shared/paths.ts';
import { storyTitle } from '../../shared/story-title.ts';
import { ComparePicker } from './compare-picker.tsx';
import { DriftBar, DriftChart } from './drift-chart.tsx';

/** A story's page: its versions as a timeline, what each changed, and a way to compare any two. */
export function StoryPage({
  storyId,
  versions,
  timeline,
}: {
  storyId: string;
  versions: readonly ArticleSummary[];
  timeline: readonly TimelineStep[];
}) {
  const title = storyTitle(storyId, versions);
  const dates = versions.flatMap((v) => (v.date ? [v.date] : [])).sort();
  const first = dates[0];
  const last = dates.at(-1);
  const stepOf = new Map(timeline.map((step) => [step.id, step]));
  return (
    <article className="story-page" aria-labelledby="story-title">
      <title>{`${title} · History · News Versions`}</title>
      <header className="story-head">
        <p className="story-kicker">Story history · {plural(versions.length, 'version')}</p>
        <h1 id="story-title">{title}</h1>
        <p className="story-span">
          {first && last ? (
            <>
              From <time dateTime={first}>{formatDay(first)}</time>
              {last !== first && (
                <>
                  {' '}
                  to <time dateTime={last}>{formatDay(last)}</time>
                </>
              )}
              {dates.length < versions.length &&
                `; ${plural(versions.length - dates.length, 'version')} without a date`}
            </>
          ) : (
            <span className="absent">No version has a date.</span>
          )}
        </p>
        {versions.length > 1 && (
          <DriftChart steps={timeline} labels={versions.map((v) => v.label)} />
        )}
      </header>
      <ol className="timeline" aria-label="Versions, oldest first">
        {versions.map((version, i) => (
          <TimelineItem
            key={version.id}
            version={version}
            position={i}
            previous={versions[i - 1]}
            first={versions[0]}
            step={stepOf.get(version.id)}
          />
        ))}
      </ol>
      {versions.length > 1 && <ComparePicker versions={versions} />}
    </article>
  );
}

function TimelineItem({
  version,
  position,
  previous,
  first,
  step,
}: {
  version: ArticleSummary;
  position: number;
  previous: ArticleSummary | undefined;
  first: ArticleSummary | undefined;
  step: TimelineStep | undefined;
}) {
  const headingId = `version-${position + 1}`;
  const showHeadline = !previous || step?.headlineChanged;
  return (
    <li className="timeline-step" aria-labelledby={headingId}>
      <span className="step-number" aria-hidden="true">
        {position + 1}
      </span>
      <div className="step-body">
        <h2 id={headingId} className="step-label">
          <Link to={paths.article.to(version.id)}>{version.label}</Link>
        </h2>
        <p className="step-meta">
          <span>{version.publisher ?? <span className="absent">publisher unknown</span>}</span>
          <span>
            {version.date ? (
              <time dateTime={version.date}>{formatDay(version.date)}</time>
            ) : (
              <span className="absent">date unknown</span>
            )}
          </span>
        </p>
        {showHeadline && (
          <p className="step-headline">
            <span className="step-tag">{previous ? 'New headline' : 'Headline'}</span>{' '}
            {version.headline ?? <span className="absent">no headline</span>}
          </p>
        )}
        {previous && step && step.similarity !== null && (
          <>
            <p className="step-change">
              <WordChange added={step.added} removed={step.removed} />
              <span className="step-similarity">
                {' '}
                · {percentText(step.similarity)} in common with {previous.label}
              </span>
            </p>
            <p className="step-drift">
              <DriftBar drift={step.drift} />
              <span>{percentText(step.drift)} drift from the first version</span>
            </p>
            <p className="step-links">
              <Link to={paths.compare.to(previous.id, version.id)}>
                What changed since {previous.label}
              </Link>
              {first && first !== previous && (
                <Link to={paths.compare.to(first.id, version.id)}>Against {first.label}</Link>
              )}
            </p>
          </>
        )}
      </div>
    </li>
  );
}

/** "+12 words added, −3 removed": a side with nothing is left out rather than shown as 0. */
function WordChange({ added, removed }: { added: number; removed: number }) {
  if (added === 0 && removed === 0) return <span>No words changed</span>;
  return (
    <>
      {added > 0 && <span className="added">+{plural(added, 'word')} added</span>}
      {added > 0 && removed > 0 && ', '}
      {removed > 0 && (
        <span className="removed">−{added > 0 ? removed : plural(removed, 'word')} removed</span>
      )}
    </>
  );
}
