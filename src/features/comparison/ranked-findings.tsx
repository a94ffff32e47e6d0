import { memo } from 'react';
import { findingAnchor } from './compare-model.ts';
import type { RankedFinding, Weight } from '../../engine/rank-findings.ts';

/** The visible word for each weight: the list never relies on colour alone. */
const WEIGHT_LABEL: Record<Weight, string> = {
  error: 'Likely error',
  meaning: 'Meaning',
  style: 'Style',
};

/** Above this many, the less important changes of meaning fold away behind "N more". */
const TOP = 5;

/**
 * Every finding, most important first, each a link to `#finding-N` (choosing one selects it in
 * both columns and marks its words): likely errors and changes of meaning in view, style folded.
 */
export function RankedFindingList({
  ranked,
  selected,
  onSelect,
}: {
  ranked: readonly RankedFinding[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  if (ranked.length === 0)
    return (
      <p className="verdict-none">
        No name, number or quotation changed between the aligned sentences.
      </p>
    );
  const top = ranked.filter((r) => r.weight !== 'style');
  const style = ranked.filter((r) => r.weight === 'style');
  const item = (r: RankedFinding) => (
    <FindingItem
      key={r.index}
      ranked={r}
      current={selected === findingAnchor(r.index)}
      onSelect={onSelect}
    />
  );
  return (
    <>
      <h2 className="verdict-heading">Findings, most important first</h2>
      {top.length > 0 && <ol className="verdict-findings">{top.slice(0, TOP).map(item)}</ol>}
      {top.length > TOP && (
        <details className="verdict-more">
          <summary>{top.length - TOP} more changes of meaning</summary>
          <ol className="verdict-findings">{top.slice(TOP).map(item)}</ol>
        </details>
      )}
      {style.length > 0 && (
        <details className="verdict-more">
          <summary>
            {style.length} {style.length === 1 ? 'change' : 'changes'} of style only (the same thing
            written another way)
          </summary>
          <ol className="verdict-findings">{style.map(item)}</ol>
        </details>
      )}
    </>
  );
}

/** One finding; memoised, so choosing another re-renders two items, not the whole list. */
const FindingItem = memo(function FindingItem({
  ranked,
  current,
  onSelect,
}: {
  ranked: RankedFinding;
  current: boolean;
  onSelect: (id: string) => void;
}) {
  const id = findingAnchor(ranked.index);
  const { finding, weight } = ranked;
  return (
    <li>
      <a
        href={`#${id}`}
        className={`verdict-finding verdict-${weight}`}
        aria-current={current ? 'true' : undefined}
        onClick={(event) => {
          event.preventDefault();
          onSelect(id);
        }}
      >
        <span className="verdict-weight">{WEIGHT_LABEL[weight]}</span>{' '}
        <span className="verdict-words">{finding.text}</span>
        {finding.reason && <span className="verdict-reason"> ({finding.reason})</span>}
      </a>
    </li>
  );
});
