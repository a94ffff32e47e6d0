import { CHANGE_KINDS } from './change-list.ts';
import type { ChangeKind, Side } from './compare-model.ts';

/** Chip names, worded as the summary words them. */
function kindLabel(kind: ChangeKind, labels: Record<Side, string>): string {
  const names: Record<ChangeKind, string> = {
    changed: 'reworded',
    moved: 'moved',
    'left-only': `only in ${labels.left}`,
    'right-only': `only in ${labels.right}`,
    name: 'names',
    number: 'numbers',
    quote: 'quotes',
  };
  return names[kind];
}

/** Previous / next change with "change 5 of 25". */
export function ChangeStep({
  total,
  position,
  onStep,
}: {
  total: number;
  position: number;
  onStep: (delta: 1 | -1) => void;
}) {
  return (
    <div className="cmp-step" role="group" aria-label="Go through the changes">
      <button
        type="button"
        onClick={() => onStep(-1)}
        disabled={total === 0}
        aria-keyshortcuts="p k"
        aria-label="Previous change"
      >
        <span aria-hidden="true">↑</span>
      </button>
      <span className="cmp-position" aria-live="polite">
        {total === 0
          ? 'No changes'
          : position < 0
            ? `${total} change${total === 1 ? '' : 's'}`
            : `change ${position + 1} of ${total}`}
      </span>
      <button
        type="button"
        onClick={() => onStep(1)}
        disabled={total === 0}
        aria-keyshortcuts="n j"
        aria-label="Next change"
      >
        <span aria-hidden="true">↓</span>
      </button>
    </div>
  );
}

/** The filter by kind of change that next/previous walk through, with each kind's count. */
export function ChangeFilter({
  filter,
  counts,
  labels,
  onFilter,
}: {
  filter: readonly ChangeKind[];
  counts: Readonly<Record<ChangeKind, number>>;
  labels: Record<Side, string>;
  onFilter: (kinds: ChangeKind[]) => void;
}) {
  const toggle = (kind: ChangeKind) =>
    onFilter(filter.includes(kind) ? filter.filter((k) => k !== kind) : [...filter, kind]);
  const chosen = filter.map((k) => kindLabel(k, labels)).join(', ') || 'every change';
  return (
    <details className="cmp-filter-menu">
      <summary>Step through: {chosen}</summary>
      <fieldset className="cmp-filter">
        <legend className="visually-hidden">Kinds of change to step through</legend>
        {CHANGE_KINDS.map((kind) => (
          <label key={kind} className="cmp-chip">
            <input
              type="checkbox"
              checked={filter.includes(kind)}
              onChange={() => toggle(kind)}
              disabled={counts[kind] === 0}
            />
            {kindLabel(kind, labels)} <span className="cmp-chip-count">{counts[kind]}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
