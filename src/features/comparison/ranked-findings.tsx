import { memo, useMemo } from 'react';
import { findingAnchor } from './compare-model.ts';
import type { RankedFinding, Weight } from '../../engine/rank-findings.ts';
import { groupFindings, type FindingGroup } from '../../engine/finding-groups.ts';

/** The visible word for each weight: the list never relies on colour alone. */
const WEIGHT_LABEL: Record<Weight, string> = {
  error: 'Likely error',
  meaning: 'Meaning',
  style: 'Style',
};

/** Above this many, the less important changes of meaning fold away behind "N more". */
const TOP = 5;

/** A group's places linked one by one up to this many; the rest are counted. */
const PLACES = 8;

/**
 * Every finding, most important first, each a link to `#finding-N` (choosing one selects it in
 * both columns and marks its words): likely errors and changes of meaning in view, style folded.
 * Findings that read the same are listed once, with a link to each place (finding-groups.ts).
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
  // Once per comparison: the list re-renders on every selection and mode switch, and grouping
  // hundreds of findings took about 4 ms of each at 4x CPU slowdown (a x100 story).
  const { top, style } = useMemo(() => {
    const groups = groupFindings(ranked);
    return {
      top: groups.filter((g) => g.first.weight !== 'style'),
      style: groups.filter((g) => g.first.weight === 'style'),
    };
  }, [ranked]);
  if (ranked.length === 0)
    return (
      <p className="verdict-none">
        No name, number or quotation changed between the aligned sentences.
      </p>
    );
  const item = (group: FindingGroup) => (
    <FindingItem
      key={group.first.index}
      group={group}
      current={group.places.some((r) => selected === findingAnchor(r.index)) ? selected : null}
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

/**
 * One finding, or a group of the same finding in several places; memoised, so choosing another
 * re-renders two items, not the whole list. `current` is the anchor chosen among its places.
 */
const FindingItem = memo(function FindingItem({
  group,
  current,
  onSelect,
}: {
  group: FindingGroup;
  current: string | null;
  onSelect: (id: string) => void;
}) {
  const { first, places } = group;
  const id = findingAnchor(first.index);
  const { finding, weight } = first;
  const choose = (anchor: string) => (event: React.MouseEvent) => {
    event.preventDefault();
    onSelect(anchor);
  };
  return (
    <li>
      <a
        href={`#${id}`}
        className={`verdict-finding verdict-${weight}`}
        aria-current={current === id ? 'true' : undefined}
        onClick={choose(id)}
      >
        <span className="verdict-weight">{WEIGHT_LABEL[weight]}</span>{' '}
        <span className="verdict-words">{finding.text}</span>
        {finding.reason && <span className="verdict-reason"> ({finding.reason})</span>}
      </a>
      {places.length > 1 && (
        <p className="verdict-places">
          In {places.length} places:{' '}
          {places.slice(0, PLACES).map((r, n) => {
            const anchor = findingAnchor(r.index);
            return (
              <a
                key={r.index}
                href={`#${anchor}`}
                aria-label={`place ${String(n + 1)} of ${String(places.length)}`}
                aria-current={current === anchor ? 'true' : undefined}
                onClick={choose(anchor)}
              >
                {n + 1}
              </a>
            );
          })}
          {places.length > PLACES && <> and {places.length - PLACES} more</>}
        </p>
      )}
    </li>
  );
});
