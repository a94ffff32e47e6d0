import './story.css';
import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Link } from '../../shared/link.tsx';
import type { ArticleSummary } from '../../domain/article.ts';
import { paths } from '../../shared/paths.ts';
import { storyTitle } from '../../shared/story-title.ts';
import { pairSteps } from './step-pairs.ts';
import { useStepKeys } from './use-step-keys.ts';

interface Props {
  storyId: string;
  /** The story's versions, oldest first. */
  versions: readonly ArticleSummary[];
  leftId: string;
  rightId: string;
  /** The id of the rendered comparison element that "Download as HTML" saves. */
  comparisonId: string;
}

/**
 * The bar above a comparison: back to the story's timeline, the previous and next pair of
 * versions (links, and `[` / `]`), a version picker for each side, and "Download as HTML".
 */
export function VersionStepper({ storyId, versions, leftId, rightId, comparisonId }: Props) {
  const navigate = useNavigate();
  const ids = useMemo(() => versions.map((v) => v.id), [versions]);
  const steps = pairSteps(ids, leftId, rightId);
  const title = storyTitle(storyId, versions);
  const go = useCallback(
    (pair: [string, string] | null) =>
      pair ? () => void navigate(paths.compare.to(pair[0], pair[1])) : null,
    [navigate],
  );
  const [prev0, prev1] = steps.previous ?? [];
  const [next0, next1] = steps.next ?? [];
  const onPrevious = useMemo(() => go(prev0 && prev1 ? [prev0, prev1] : null), [go, prev0, prev1]);
  const onNext = useMemo(() => go(next0 && next1 ? [next0, next1] : null), [go, next0, next1]);
  useStepKeys(onPrevious, onNext);
  const labelOf = (position: number) => versions[position]?.label ?? '';

  const pick = (side: 'left' | 'right', id: string) => {
    const [left, right] = side === 'left' ? [id, rightId] : [leftId, id];
    // Picking the other side's version swaps the two rather than comparing one with itself.
    const pair = left === right ? (side === 'left' ? [id, leftId] : [rightId, id]) : [left, right];
    void navigate(paths.compare.to(pair[0] ?? '', pair[1] ?? ''));
  };
  // The serializer is its own small chunk, fetched on the first click (the route's budget).
  const save = async () => {
    const element = document.getElementById(comparisonId);
    if (!element) return;
    const { downloadHtml, inPrintLayout, snapshotHtml } = await import('./snapshot.ts');
    const name = `${labelOf(steps.left)} vs ${labelOf(steps.right)}`;
    const html = inPrintLayout(window, () =>
      snapshotHtml(element, document, { title: `${title}: ${name}`, savedAt: new Date() }),
    );
    downloadHtml(html, `${leftId}-vs-${rightId}.html`);
  };

  return (
    <nav className="version-stepper screen-only" aria-label="Versions of this story">
      <p className="stepper-story">
        <Link to={paths.story.to(storyId)} title={title}>
          <span aria-hidden="true">← </span>
          All {versions.length} versions
        </Link>
      </p>
      <div className="stepper-steps">
        <StepLink pair={steps.previous} keyName="[" label="Previous pair" glyph="‹" />
        <StepLink pair={steps.next} keyName="]" label="Next pair" glyph="›" />
      </div>
      <div className="stepper-pickers">
        <VersionSelect
          label="Left"
          value={leftId}
          versions={versions}
          onPick={(id) => pick('left', id)}
        />
        <VersionSelect
          label="Right"
          value={rightId}
          versions={versions}
          onPick={(id) => pick('right', id)}
        />
      </div>
      <button type="button" className="stepper-download" onClick={() => void save()}>
        <span className="step-glyph" aria-hidden="true">
          ⤓
        </span>
        <span className="words-wide-only">Download as HTML</span>
      </button>
    </nav>
  );
}

function StepLink({
  pair,
  keyName,
  label,
  glyph,
}: {
  pair: [string, string] | null;
  keyName: string;
  label: string;
  /** The arrow a phone shows instead of the words (which stay the accessible name). */
  glyph: string;
}) {
  const content = (
    <>
      <span className="step-glyph" aria-hidden="true">
        {glyph}
      </span>
      <span className="words-wide-only">
        {label} <kbd aria-hidden="true">{keyName}</kbd>
      </span>
    </>
  );
  return pair ? (
    <Link to={paths.compare.to(pair[0], pair[1])} aria-keyshortcuts={keyName} className="step-link">
      {content}
    </Link>
  ) : (
    <span className="step-link" aria-disabled="true">
      {content}
    </span>
  );
}

function VersionSelect({
  label,
  value,
  versions,
  onPick,
}: {
  label: string;
  value: string;
  versions: readonly ArticleSummary[];
  onPick: (id: string) => void;
}) {
  return (
    <label className="version-select">
      <span>{label}</span>
      <select value={value} onChange={(event) => onPick(event.target.value)}>
        {versions.map((version, i) => (
          <option key={version.id} value={version.id}>
            {i + 1}. {version.label}
          </option>
        ))}
      </select>
    </label>
  );
}
