import './compare.css';
import {
  memo,
  startTransition,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { Link } from '../../shared/link.tsx';
import type { ArticleSummary } from '../../domain/article.ts';
import { paths } from '../../shared/paths.ts';
import { onlyAnchor, pairAnchor } from './compare-model.ts';
import { CompareToolbar } from './compare-toolbar.tsx';
import { ComparisonVerdict } from './verdict.tsx';
import { InlineView } from './inline-view.tsx';
import { KeyLine } from './key-line.tsx';
import { RowsView } from './rows-view.tsx';
import { formatCompareSearch, type CompareMode } from './use-compare-url.ts';
import { useChangeKeys } from './use-change-keys.ts';
import { loadChunkSizer, mountNow } from './use-chunk-sizes.ts';
import { useCompareState } from './use-compare-state.ts';
import type { ComparisonData } from './use-comparison-model.ts';
import { useLinkedHighlight } from './use-linked-highlight.ts';
import { shownView } from './sentence-index.ts';
import { viewShown, type ViewShown, type ViewShownControl } from './view-shown.ts';

/** Sentences in both versions above which off-screen rows skip rendering work. */
const LONG = 400;

/**
 * The view of the mode not shown, kept as it was while it stays hidden: a fold opened or a
 * filter changed meanwhile re-renders it once it is shown again, not in the same commit as the
 * view the reader is looking at.
 */
const Kept = memo(
  function Kept({ children }: { shown: boolean; children: ReactNode }) {
    return children;
  },
  (before, after) => !before.shown && !after.shown,
);

/** Runs `run` when the browser is idle (a timer without `requestIdleCallback`); returns the cancel. */
function whenIdle(run: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const id = setTimeout(run, 1000);
    return () => clearTimeout(id);
  }
  const id = requestIdleCallback(run, { timeout });
  return () => cancelIdleCallback(id);
}

/**
 * Styles and lays out a view rendered while hidden, once, in idle time: `content-visibility:
 * hidden` skips it until it is shown, and the first switch to it then paid for all of it in one
 * frame. For one task it is rendered but clipped to no height (`data-prelayout`, compare.css),
 * a layout is forced, and it is hidden again: the browser keeps the layout, and the switch
 * reuses it (the width is the same). Nothing is painted or drawn meanwhile.
 */
function layOutHidden(wrapper: HTMLElement, signal: ViewShownControl): void {
  if (!wrapper.hidden) return;
  wrapper.setAttribute('data-prelayout', '');
  // A long view writes its chunk estimates now, while its width can be read.
  signal.setLaidOut(true);
  wrapper.getBoundingClientRect();
  signal.setLaidOut(false);
  wrapper.removeAttribute('data-prelayout');
}

/**
 * One mode's view in its wrapper: rendered once it is the mode shown or the page has settled
 * (`warm`), then kept, hidden while the other mode is shown. A switch re-renders neither view:
 * the wrapper's `hidden` changes, and the view learns it is shown through `ViewShown`.
 */
function ModeSlot({
  mode,
  current,
  warm,
  children,
}: {
  mode: CompareMode;
  current: CompareMode;
  warm: boolean;
  children: (shown: ViewShown) => ReactNode;
}) {
  const shown = mode === current;
  const [signal] = useState(() => viewShown(shown));
  useLayoutEffect(() => signal.set(shown), [signal, shown]);
  const ref = useRef<HTMLDivElement>(null);
  const laidOut = useRef(false);
  useEffect(() => {
    if (shown) laidOut.current = true;
    const wrapper = ref.current;
    if (laidOut.current || !warm || !wrapper) return;
    return whenIdle(() => {
      laidOut.current = true;
      layOutHidden(wrapper, signal);
    }, 3000);
  }, [shown, warm, signal]);
  return (
    <div className="cmp-view" data-view={mode} hidden={!shown} ref={ref}>
      {(shown || warm) && <Kept shown={shown}>{children(signal)}</Kept>}
    </div>
  );
}

/** After the page has settled, once: the mode not shown is rendered too, in a transition. */
function useWarm(): boolean {
  const [warm, setWarm] = useState(false);
  useEffect(() => whenIdle(() => startTransition(() => setWarm(true)), 5000), []);
  return warm;
}

/** The comparison page: the verdict on top, a sticky toolbar, the two versions in rows (or inline). */
export function CompareView({
  data,
  versions,
}: {
  data: ComparisonData;
  versions: readonly ArticleSummary[];
}) {
  const { left, right, comparison } = data;
  const view = useCompareState(data);
  const { state, update, items, select } = view;
  const rootRef = useRef<HTMLDivElement>(null);
  const warm = useWarm();
  useChangeKeys(view.step);
  useLinkedHighlight(rootRef, view.highlight, items, state.mode);
  const labels = useMemo(() => ({ left: left.label, right: right.label }), [left, right]);

  // Clicks and Enter on sentences are delegated here; each sentence is focusable itself.
  const onActivate = (event: React.MouseEvent | React.KeyboardEvent) => {
    if ('key' in event && event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.target as HTMLElement;
    const jump = target.closest<HTMLElement>('a[data-jump]');
    if (jump) {
      event.preventDefault();
      // Only the view shown: each view's ids are its own (rowElementId), and text of the mode
      // mounted but hidden must never take focus.
      const id = jump.dataset['jump'] ?? '';
      const shown = rootRef.current && shownView(rootRef.current);
      const find = () => (id && shown?.querySelector<HTMLElement>(`#${CSS.escape(id)}`)) || null;
      // Its chunk may still be waiting to mount (`useLongChunks`): mounted first.
      const key = id.slice(id.indexOf('-') + 1);
      const to = find() ?? (shown && mountNow(shown, { key }) ? find() : null);
      to?.scrollIntoView({ block: 'center' });
      // A row side by side holds its sentences; inline, the end may be the sentence itself.
      const focus = to?.matches('.cmp-s') ? to : to?.querySelector<HTMLElement>('.cmp-s, a');
      focus?.focus({ preventScroll: true });
      return;
    }
    const sentence = target.closest<HTMLElement>('.cmp-s[data-sid]');
    if (!sentence) return;
    if ('key' in event) event.preventDefault();
    const pair = sentence.dataset['pair'];
    select(
      pair !== undefined ? pairAnchor(Number(pair)) : onlyAnchor(sentence.dataset['sid'] ?? ''),
    );
  };

  const search = formatCompareSearch(state);
  const others = versions.filter((v) => v.id !== left.id && v.id !== right.id);
  const long = comparison.left.sentences.length + comparison.right.sentences.length > LONG;
  // Only long comparisons skip chunks off screen, so only they fetch the chunks' estimates.
  if (long) void loadChunkSizer().catch(() => undefined);

  return (
    <div className={long ? 'cmp cmp-long' : 'cmp'} ref={rootRef}>
      <title>{`Compare ${left.label} and ${right.label} · News Versions`}</title>
      <ComparisonVerdict
        comparison={comparison}
        left={left}
        right={right}
        selected={view.selectedItem?.id ?? null}
        onSelect={select}
      >
        <p className="cmp-links screen-only">
          <Link to={`${paths.compare.to(right.id, left.id)}${search}`}>Swap sides</Link>
          {others.map((v) => (
            <Link key={v.id} to={paths.compare.to(left.id, v.id)}>
              Compare with {v.label}
            </Link>
          ))}
        </p>
      </ComparisonVerdict>

      <CompareToolbar
        state={state}
        labels={labels}
        total={view.changes.length}
        position={view.position}
        counts={view.counts}
        minor={view.minor}
        fold={view.fold}
        onStep={view.step}
        onFold={view.setFold}
        update={update}
      />
      <KeyLine />

      {/* What a link's `changes=only` or `minor=hide` would change, for the first paint
          (compare.css): nothing when nothing folds or nothing is minor. */}
      <div
        className="cmp-main"
        data-folds={view.foldable ? undefined : 'none'}
        data-minor={view.minor > 0 ? undefined : 'none'}
        onClick={onActivate}
        onKeyDown={onActivate}
      >
        {/* Both modes stay mounted once the page has settled: a switch shows one and hides the
            other (compare.css) instead of creating 3,400 sentences and deleting as many. */}
        <ModeSlot mode="side" current={state.mode} warm={warm}>
          {(shown) => (
            <RowsView
              items={items}
              left={left}
              right={right}
              shown={shown}
              onOpenFold={view.openFold}
            />
          )}
        </ModeSlot>
        <ModeSlot mode="inline" current={state.mode} warm={warm}>
          {(shown) => (
            <InlineView
              items={items}
              comparison={comparison}
              labels={labels}
              order={state.order}
              shown={shown}
              onOpenFold={view.openFold}
            />
          )}
        </ModeSlot>
      </div>
    </div>
  );
}
