import type { ChangeItem, ChangeKind } from './compare-model.ts';
import { CHANGE_KINDS } from './use-compare-url.ts';

const KIND_LABEL: Record<ChangeKind, string> = {
  changed: 'Changed',
  moved: 'Moved',
  'left-only': 'Only left',
  'right-only': 'Only right',
  name: 'Names',
  number: 'Numbers',
  quote: 'Quotes',
};

/** Next / previous change with "3 of 17", and the filter by kind of change they walk through. */
export function ChangeNav({
  items,
  position,
  filter,
  counts,
  onStep,
  onFilter,
}: {
  items: readonly ChangeItem[];
  position: number;
  filter: readonly ChangeKind[];
  counts: Readonly<Record<ChangeKind, number>>;
  onStep: (delta: 1 | -1) => void;
  onFilter: (kinds: ChangeKind[]) => void;
}) {
  const toggle = (kind: ChangeKind) =>
    onFilter(filter.includes(kind) ? filter.filter((k) => k !== kind) : [...filter, kind]);
  return (
    <div className="cmp-nav">
      <div className="cmp-step" role="group" aria-label="Go through the changes">
        <button
          type="button"
          onClick={() => onStep(-1)}
          disabled={items.length === 0}
          aria-keyshortcuts="p k"
        >
          <span aria-hidden="true">↑</span> Previous
        </button>
        <span className="cmp-position" aria-live="polite">
          {items.length === 0
            ? 'No changes'
            : position < 0
              ? `${items.length} changes`
              : `${position + 1} of ${items.length}`}
        </span>
        <button
          type="button"
          onClick={() => onStep(1)}
          disabled={items.length === 0}
          aria-keyshortcuts="n j"
        >
          Next <span aria-hidden="true">↓</span>
        </button>
      </div>
      <fieldset className="cmp-filter">
        <legend>Show changes of kind</legend>
        {CHANGE_KINDS.map((kind) => (
          <label key={kind} className={`cmp-chip cmp-chip-${kind}`}>
            <input
              type="checkbox"
              checked={filter.includes(kind)}
              onChange={() => toggle(kind)}
              disabled={counts[kind] === 0}
            />
            {KIND_LABEL[kind]} <span className="cmp-chip-count">{counts[kind]}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
