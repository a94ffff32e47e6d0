import './verdict.css';
import { useId, useMemo, useState } from 'react';
import type { ArticleSummary } from '../../domain/article.ts';
import type { Comparison } from '../../engine/types.ts';
import { RankedFindingList } from './ranked-findings.tsx';
import { rankFindings } from '../../engine/rank-findings.ts';
import {
  compactLine,
  countChanges,
  screenReaderSummary,
  similarityText,
  storyHeadline,
  verdictSentence,
} from './summary-sentence.ts';

/**
 * The top of the comparison: the story's headline, what the comparison found in one sentence
 * with the similarity, and the findings ranked by how much they matter (likely errors, then
 * changes of meaning, then style, collapsed). On phones the findings fold behind one line.
 */
export function ComparisonVerdict({
  comparison,
  left,
  right,
  selected,
  onSelect,
}: {
  comparison: Comparison;
  left: Pick<ArticleSummary, 'headline' | 'label'>;
  right: Pick<ArticleSummary, 'headline' | 'label'>;
  /** The selected change's anchor (`finding-2`), to mark the current finding. */
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const detailsId = useId();
  const titleId = useId();
  // Null until the reader chooses: CSS then shows the details on wide screens, folds them on phones.
  const [open, setOpen] = useState<boolean | null>(null);
  const labels = { left: left.label, right: right.label };
  const ranked = useMemo(() => rankFindings(comparison.findings), [comparison.findings]);
  const counts = useMemo(() => countChanges(comparison, ranked), [comparison, ranked]);
  const headline = storyHeadline(left, right);
  const similarity = comparison.stats.similarity;

  return (
    <section className="verdict" aria-labelledby={titleId}>
      <h2 className="verdict-story" id={titleId}>
        {headline.main ?? 'Untitled story'}
      </h2>
      {headline.other && (
        <p className="verdict-aside">
          {headline.other.label} headline: “{headline.other.headline}”
        </p>
      )}
      {headline.missing && <p className="verdict-aside">{headline.missing} has no headline.</p>}
      {!headline.main && <p className="verdict-aside">Neither version has a headline.</p>}
      {/* Read first by screen readers, on every screen width: the whole summary in words. */}
      <p className="visually-hidden">
        {verdictSentence(counts, labels)} {screenReaderSummary(counts, ranked, similarity)}
      </p>
      <button
        type="button"
        className="verdict-toggle"
        aria-expanded={open ?? false}
        aria-controls={detailsId}
        onClick={() => setOpen(!(open ?? false))}
      >
        {compactLine(counts, similarity)}
      </button>
      <div
        className="verdict-details"
        id={detailsId}
        data-open={open === null ? 'auto' : String(open)}
      >
        <p className="verdict-sentence" aria-hidden="true">
          <strong className="verdict-similarity">{similarityText(similarity)}.</strong>{' '}
          {verdictSentence(counts, labels)}
        </p>
        <RankedFindingList ranked={ranked} selected={selected} onSelect={onSelect} />
      </div>
    </section>
  );
}
