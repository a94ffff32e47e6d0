import { useEffect, useRef, useState } from 'react';
import { ChangeFilter, ChangeStep } from './change-nav.tsx';
import type { ChangeKind, Side } from './compare-model.ts';
import type { CompareUrlState } from './use-compare-url.ts';

export interface ToolbarProps {
  state: CompareUrlState;
  labels: Record<Side, string>;
  total: number;
  position: number;
  counts: Readonly<Record<ChangeKind, number>>;
  minor: number;
  fold: boolean;
  onStep: (delta: 1 | -1) => void;
  onFold: (fold: boolean) => void;
  update: (next: Partial<CompareUrlState>, options?: { replace?: boolean }) => void;
}

/**
 * The compact bar that stays on screen while the page scrolls: where the reader is among the
 * changes, previous/next, and the ways of looking (mode, order, changes only, minor changes,
 * filters). On a phone the ways of looking fold away behind one button.
 */
export function CompareToolbar(props: ToolbarProps) {
  const { state, labels, total, position, counts, minor, fold, onStep, onFold, update } = props;
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useStickyHeight(ref);
  /** On a phone the panel covers the text: it closes, and focus goes back to its button. */
  const close = () => {
    if (!open) return;
    setOpen(false);
    toggle.current?.focus();
  };
  const replace = { replace: true };
  return (
    <div
      className="cmp-toolbar screen-only"
      ref={ref}
      data-sticky=""
      role="toolbar"
      aria-label="Comparison controls"
    >
      <ChangeStep total={total} position={position} onStep={onStep} />
      <button
        ref={toggle}
        type="button"
        className="cmp-options-toggle"
        aria-expanded={open}
        aria-controls="cmp-options"
        onClick={() => setOpen(!open)}
      >
        Options
      </button>
      <div
        className="cmp-options"
        id="cmp-options"
        data-open={open}
        onKeyDown={(e) => {
          if (e.key === 'Escape') close();
        }}
      >
        <div className="cmp-mode" role="group" aria-label="Mode">
          {(['side', 'inline'] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              aria-pressed={state.mode === mode}
              onClick={() => {
                // A new mode is a new page to read: the panel gets out of its way.
                update({ mode });
                close();
              }}
            >
              {mode === 'side' ? 'Side by side' : 'Inline'}
            </button>
          ))}
        </div>
        <label className="cmp-switch">
          In the order of{' '}
          <select
            value={state.order}
            onChange={(e) =>
              update({ order: e.target.value === 'right' ? 'right' : 'left' }, replace)
            }
          >
            <option value="left">{labels.left}</option>
            <option value="right">{labels.right}</option>
          </select>
        </label>
        <label className="cmp-switch">
          <input type="checkbox" checked={fold} onChange={(e) => onFold(e.target.checked)} />{' '}
          Changes only
        </label>
        <label className="cmp-switch">
          <input
            type="checkbox"
            checked={state.quiet}
            disabled={minor === 0}
            onChange={(e) => update({ quiet: e.target.checked }, replace)}
          />{' '}
          Hide minor changes{' '}
          <span className="cmp-chip-count">{state.quiet ? `(${minor} hidden)` : `(${minor})`}</span>
        </label>
        <ChangeFilter
          filter={state.filter}
          counts={counts}
          labels={labels}
          onFilter={(filter) => update({ filter }, replace)}
        />
      </div>
    </div>
  );
}

/**
 * The toolbar's height, as `--cmp-toolbar-h` on the comparison, so the column heads stick just
 * below it however its controls wrap (one line wide, two or three on a narrow window).
 */
function useStickyHeight(ref: React.RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    const root = el?.closest<HTMLElement>('.cmp');
    if (!el || !root || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--cmp-toolbar-h', `${el.offsetHeight}px`),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
}
