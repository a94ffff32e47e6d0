import './compare.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Comparison } from '../../engine/types.ts';
import type { ArticleSummary } from '../../domain/article.ts';
import { paths } from '../../shared/paths.ts';
import { onlyAnchor, pairAnchor, type ChangeItem, type ChangeKind } from './compare-model.ts';
import { ChangeNav } from './change-nav.tsx';
import { ComparisonVerdict } from './verdict.tsx';
import { InlineView } from './inline-view.tsx';
import { Legend } from './legend.tsx';
import { SidePane } from './side-pane.tsx';
import { CHANGE_KINDS, formatCompareSearch, useCompareUrl } from './use-compare-url.ts';
import type { ComparisonData } from './use-comparison-model.ts';
import { targetFor } from './sentence-index.ts';
import { useLinkedHighlight } from './use-linked-highlight.ts';
import { useScrollSync } from './use-scroll-sync.ts';

/** Sentences in both versions above which off-screen paragraphs skip rendering work. */
const LONG = 400;

/** The comparison page: summary, navigation, the two versions (or one inline) and the findings. */
export function CompareView({
  data,
  versions,
}: {
  data: ComparisonData;
  versions: readonly ArticleSummary[];
}) {
  const { left, right, comparison, model } = data;
  const { state, update } = useCompareUrl();
  const rootRef = useRef<HTMLDivElement>(null);
  const leftRef = useRef<HTMLDivElement>(null);
  const rightRef = useRef<HTMLDivElement>(null);
  const [sync, setSync] = useState(true);
  // On small screens the columns are tabs; a right-only selection opens on the right tab.
  const [tab, setTab] = useState<'left' | 'right'>(() =>
    state.selected?.startsWith('only-R') ? 'right' : 'left',
  );

  const items = useMemo(
    () =>
      state.filter.length === 0
        ? model.changes.filter((c) => !['name', 'number', 'quote'].includes(c.kind))
        : model.changes.filter((c) => c.kinds.some((k) => state.filter.includes(k))),
    [model.changes, state.filter],
  );
  const counts = useMemo(() => {
    const result = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<
      ChangeKind,
      number
    >;
    for (const change of model.changes) for (const kind of change.kinds) result[kind] += 1;
    return result;
  }, [model.changes]);

  const changesById = useMemo(
    () => new Map(model.changes.map((change) => [change.id, change])),
    [model.changes],
  );
  const selectedItem = resolveSelection(state.selected, changesById, comparison.pairs);
  const position = selectedItem ? items.findIndex((i) => i.id === selectedItem.id) : -1;
  // The selection as of the latest navigation, ahead of the re-render it causes.
  const selectedRef = useRef(state.selected);
  useEffect(() => {
    selectedRef.current = state.selected;
  }, [state.selected]);
  const select = useCallback(
    (id: string | null) => {
      selectedRef.current = id;
      if (id?.startsWith('only-R')) setTab('right');
      else if (id?.startsWith('only-L')) setTab('left');
      update({ selected: id });
    },
    [update],
  );

  const step = useCallback(
    (delta: 1 | -1) => {
      if (items.length === 0) return;
      const current = resolveSelection(selectedRef.current, changesById, comparison.pairs);
      const position = current ? items.findIndex((i) => i.id === current.id) : -1;
      const next =
        position < 0
          ? delta === 1
            ? 0
            : items.length - 1
          : (position + delta + items.length) % items.length;
      const item = items[next];
      if (item) select(item.id);
    },
    [items, changesById, comparison.pairs, select],
  );

  // Keys: n / j next change, p / k previous, unless the reader is typing or using a modifier.
  // The listener reads the latest `step` through a ref, so a key pressed right after a selection
  // (before the re-render) still steps from the new position.
  const stepRef = useRef(step);
  useEffect(() => {
    stepRef.current = step;
  }, [step]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (event.key === 'n' || event.key === 'j') stepRef.current(1);
      else if (event.key === 'p' || event.key === 'k') stepRef.current(-1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const selectedId = selectedItem?.id ?? null;
  const highlight = useMemo(
    () =>
      selectedItem
        ? targetFor([...selectedItem.left, ...selectedItem.right], selectedItem.pair)
        : null,
    // The item is re-made on every render; its id says whether it is the same selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [selectedId],
  );
  useLinkedHighlight(rootRef, highlight, state.mode);
  useScrollSync(leftRef, rightRef, sync && state.mode === 'side');

  const onClick = (event: React.MouseEvent | React.KeyboardEvent) => {
    if ('key' in event && event.key !== 'Enter' && event.key !== ' ') return;
    const sentence = (event.target as HTMLElement).closest<HTMLElement>('.cmp-s[data-sid]');
    if (!sentence || !rootRef.current?.contains(sentence)) return;
    if ('key' in event) event.preventDefault();
    const pair = sentence.dataset['pair'];
    select(
      pair !== undefined ? pairAnchor(Number(pair)) : onlyAnchor(sentence.dataset['sid'] ?? ''),
    );
  };

  const search = formatCompareSearch(state);
  const others = versions.filter((v) => v.id !== left.id && v.id !== right.id);

  return (
    <div
      className={
        comparison.left.sentences.length + comparison.right.sentences.length > LONG
          ? 'cmp cmp-long'
          : 'cmp'
      }
      ref={rootRef}
    >
      <title>{`Compare ${left.label} and ${right.label} · News Versions`}</title>
      <header className="cmp-head">
        <h1>
          Comparing <span className="cmp-h-left">{left.label}</span> and{' '}
          <span className="cmp-h-right">{right.label}</span>
        </h1>
        <nav className="cmp-controls" aria-label="Comparison controls">
          <Link to={`${paths.compare.to(right.id, left.id)}${search}`} className="cmp-button">
            <span aria-hidden="true">⇄</span> Swap sides
          </Link>
          <div className="cmp-mode" role="group" aria-label="Mode">
            <button
              type="button"
              aria-pressed={state.mode === 'side'}
              onClick={() => update({ mode: 'side' })}
            >
              Side by side
            </button>
            <button
              type="button"
              aria-pressed={state.mode === 'inline'}
              onClick={() => update({ mode: 'inline' })}
            >
              Inline
            </button>
          </div>
          {state.mode === 'side' ? (
            <label className="cmp-switch">
              <input type="checkbox" checked={sync} onChange={(e) => setSync(e.target.checked)} />{' '}
              Keep columns in step
            </label>
          ) : (
            <label className="cmp-switch">
              Order of{' '}
              <select
                value={state.order}
                onChange={(e) =>
                  update(
                    { order: e.target.value === 'right' ? 'right' : 'left' },
                    { replace: true },
                  )
                }
              >
                <option value="left">{left.label}</option>
                <option value="right">{right.label}</option>
              </select>
            </label>
          )}
          {others.length > 0 && (
            <span className="cmp-others">
              Compare with:{' '}
              {others.map((v) => (
                <Link key={v.id} to={paths.compare.to(left.id, v.id)}>
                  {v.label}
                </Link>
              ))}
            </span>
          )}
        </nav>
      </header>

      <ComparisonVerdict
        comparison={comparison}
        left={left}
        right={right}
        selected={selectedItem?.id ?? null}
        onSelect={select}
      />
      <ChangeNav
        items={items}
        position={position}
        filter={state.filter}
        counts={counts}
        onStep={step}
        onFilter={(filter) => update({ filter }, { replace: true })}
      />
      <Legend />

      <div className="cmp-body">
        {/* Clicks and Enter on sentences are delegated here; each sentence is focusable itself. */}
        <div className="cmp-main" onClick={onClick} onKeyDown={onClick}>
          {state.mode === 'side' ? (
            <div className="cmp-columns" data-tab={tab}>
              <div className="cmp-tabs" role="tablist" aria-label="Version shown">
                {(['left', 'right'] as const).map((side) => (
                  <button
                    key={side}
                    type="button"
                    role="tab"
                    aria-selected={tab === side}
                    onClick={() => setTab(side)}
                  >
                    {(side === 'left' ? left : right).label}
                  </button>
                ))}
              </div>
              <SidePane
                side="left"
                view={model.left}
                other={model.right}
                article={left}
                scrollRef={leftRef}
              />
              <SidePane
                side="right"
                view={model.right}
                other={model.left}
                article={right}
                scrollRef={rightRef}
              />
            </div>
          ) : (
            <InlineView comparison={comparison} model={model} order={state.order} />
          )}
          {selectedItem && state.mode === 'side' && (
            <Counterpart
              item={selectedItem}
              data={data}
              tab={tab}
              onShow={(side) => setTab(side)}
            />
          )}
        </div>
      </div>
    </div>
  );
}

/** On small screens the other column is hidden: the chosen sentence's counterpart shows here. */
function Counterpart({
  item,
  data,
  tab,
  onShow,
}: {
  item: ChangeItem;
  data: ComparisonData;
  tab: 'left' | 'right';
  onShow: (side: 'left' | 'right') => void;
}) {
  const otherSide = tab === 'left' ? 'right' : 'left';
  const ids = otherSide === 'left' ? item.left : item.right;
  const view = data.model[otherSide];
  const text = ids
    .map(
      (id) =>
        view.byId
          .get(id)
          ?.segments.map((s) => s.text)
          .join('') ?? '',
    )
    .join('');
  const label = (otherSide === 'left' ? data.left : data.right).label;
  return (
    <aside className="cmp-counterpart" aria-label={`Counterpart in ${label}`}>
      <p>
        <strong>{label}:</strong>{' '}
        {text || <em>no counterpart: this sentence is only in one version.</em>}
      </p>
      {text && (
        <button type="button" onClick={() => onShow(otherSide)}>
          Show in {label}
        </button>
      )}
    </aside>
  );
}

/** The change a URL hash names; a finding resolves to its own item. Unknown hashes select nothing. */
function resolveSelection(
  hash: string | null,
  changes: ReadonlyMap<string, ChangeItem>,
  pairs: Comparison['pairs'],
): ChangeItem | null {
  if (!hash) return null;
  const found = changes.get(hash);
  if (found) return found;
  const match = /^pair-(\d+)$/.exec(hash);
  const n = match ? Number(match[1]) - 1 : -1;
  const pair = pairs[n];
  if (pair)
    return {
      id: hash,
      kind: 'changed',
      kinds: [],
      left: [...pair.left],
      right: [...pair.right],
      pair: n,
      summary: `pair ${n + 1}`,
    };
  return null;
}
