import './verdict.css';
import { useId, useMemo, useState, type ReactNode } from 'react';
import type { ArticleSummary } from '../../domain/article.ts';
import type { Comparison } from '../../engine/types.ts';
import { RankedFindingList } from './ranked-findings.tsx';
import { rankFindings } from '../../engine/rank-findings.ts';
import { similarityText } from '../../engine/summarize.ts';
import { storyHeadline } from './story-headline.ts';
import { usePrinting } from './use-printing.ts';

/**
 * The top of the comparison: the page's heading (the story's headline, then which two versions
 * are compared), what the comparison found in one sentence with the similarity, and the findings
 * ranked by how much they matter (likely errors, then changes of meaning, then style,
 * collapsed). On phones the findings fold behind one line. `children` go under the heading
 * (links to swap sides or compare other versions).
 */
export function ComparisonVerdict({
  comparison,
  left,
  right,
  selected,
  onSelect,
  children,
}: {
  comparison: Comparison;
  left: Pick<ArticleSummary, 'headline' | 'label'>;
  right: Pick<ArticleSummary, 'headline' | 'label'>;
  /** The selected change's anchor (`finding-2`), to mark the current finding. */
  selected: string | null;
  onSelect: (id: string) => void;
  children?: ReactNode;
}) {
  const detailsId = useId();
  const titleId = useId();
  // Null until the reader chooses: CSS then shows the details on wide screens, folds them on phones.
  const [open, setOpen] = useState<boolean | null>(null);
  // Paper and a saved copy have no toggle to press: they show the details on every width.
  const printing = usePrinting();
  const ranked = useMemo(() => rankFindings(comparison.findings), [comparison.findings]);
  const { summary } = comparison;
  const headline = storyHeadline(left, right);
  const similarity = comparison.stats.similarity;

  return (
    <section className="verdict" aria-labelledby={titleId}>
      <h1 className="verdict-title">
        <span className="verdict-story" id={titleId}>
          {headline.main ?? 'Untitled story'}
        </span>
        <span className="visually-hidden">:</span>{' '}
        <span className="verdict-pair">
          Comparing <span className="cmp-h-left">{left.label}</span> and{' '}
          <span className="cmp-h-right">{right.label}</span>
        </span>
      </h1>
      {headline.other && (
        <p className="verdict-aside">
          {headline.other.label} headline: “{headline.other.headline}”
        </p>
      )}
      {headline.missing && <p className="verdict-aside">{headline.missing} has no headline.</p>}
      {!headline.main && <p className="verdict-aside">Neither version has a headline.</p>}
      {children}
      {/* Read first by screen readers, on every screen width: the whole summary in words. */}
      <p className="visually-hidden">
        {summary.verdict} {summary.spoken}
      </p>
      <button
        type="button"
        className="verdict-toggle screen-only"
        aria-expanded={open ?? false}
        aria-controls={detailsId}
        onClick={() => setOpen(!(open ?? false))}
      >
        {summary.compact}
      </button>
      <div
        className="verdict-details"
        id={detailsId}
        data-open={printing ? 'true' : open === null ? 'auto' : String(open)}
      >
        <p className="verdict-sentence" aria-hidden="true">
          <strong className="verdict-similarity">{similarityText(similarity)}.</strong>{' '}
          {summary.verdict}
        </p>
        <RankedFindingList ranked={ranked} selected={selected} onSelect={onSelect} />
      </div>
    </section>
  );
}
