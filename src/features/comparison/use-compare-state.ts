/**
 * The comparison's state for the view: the URL state, the rows (levelled, folded), the changes
 * that next/previous walk, the selection and the stepping. The logic is in pure modules
 * (change-list.ts, compare-rows.ts); this only wires them to React and the URL.
 */
import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  countChanges,
  countMinor,
  resolveSelection,
  stepIndex,
  visibleChanges,
} from './change-list.ts';
import {
  buildRows,
  foldByDefault,
  foldHiding,
  foldRows,
  foldsAny,
  itemHolding,
} from './compare-rows.ts';
import {
  putBack,
  readerPlace,
  restoreSentence,
  sentenceAtTop,
  type SentencePlace,
} from './reader-place.ts';
import { targetFor } from './sentence-index.ts';
import { useCompareUrl } from './use-compare-url.ts';
import type { ComparisonData } from './use-comparison-model.ts';
import { usePrinting } from './use-printing.ts';

export function useCompareState({ comparison, model }: ComparisonData) {
  const url = useCompareUrl();
  const { state } = url;
  // A switch of mode keeps the sentence at the top of the text where it was on the screen: the
  // two views differ in height, so the same scroll offset would land elsewhere.
  const modeNow = useRef(state.mode);
  const switchPlace = useRef<SentencePlace | null>(null);
  const { update: write } = url;
  const update: typeof write = useCallback(
    (next, options) => {
      if (next.mode !== undefined && next.mode !== modeNow.current)
        switchPlace.current = sentenceAtTop();
      write(next, options);
    },
    [write],
  );
  useLayoutEffect(() => {
    modeNow.current = state.mode;
    const kept = switchPlace.current;
    switchPlace.current = null;
    if (kept) restoreSentence(kept);
    // Focus left in the view now hidden would stay on text no one can see.
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && focused.closest('.cmp-view[hidden]')) focused.blur();
  }, [state.mode]);

  const rows = useMemo(
    () => buildRows(comparison, model, state.order, state.quiet),
    [comparison, model, state.order, state.quiet],
  );
  const defaultFold = useMemo(() => foldByDefault(rows), [rows]);
  const foldable = useMemo(() => foldsAny(rows), [rows]);
  const printing = usePrinting();
  const fold = (state.fold ?? defaultFold) && !printing;
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());

  const changes = useMemo(
    () => visibleChanges(model.changes, state.filter, state.quiet),
    [model.changes, state.filter, state.quiet],
  );
  const counts = useMemo(
    () => countChanges(model.changes, state.quiet),
    [model.changes, state.quiet],
  );
  const minor = useMemo(() => countMinor(model.changes), [model.changes]);
  const byId = useMemo(() => new Map(model.changes.map((c) => [c.id, c])), [model.changes]);

  const selectedItem = resolveSelection(state.selected, byId, comparison.pairs);
  const position = selectedItem ? changes.findIndex((c) => c.id === selectedItem.id) : -1;
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

  // A selection inside a fold unfolds it, so what a link names is always shown. The rows are
  // re-made only when the selection is in a fold, not on every selection.
  const folded = useMemo(
    () => (fold ? foldRows(rows, state.order, open) : rows),
    [fold, rows, state.order, open],
  );
  // Memoised: folded, it reads every row the folds hide (8,300 on the light x100 story), and the
  // state re-renders on every click and every slice of an unfold.
  const selectedPair = selectedItem?.pair ?? null;
  const hiding = useMemo(() => foldHiding(folded, selectedPair), [folded, selectedPair]);
  const items = useMemo(
    () => (hiding ? foldRows(rows, state.order, new Set([...open, hiding])) : folded),
    [hiding, folded, rows, state.order, open],
  );

  // The selection as of the latest navigation, ahead of the re-render it causes.
  const selectedRef = useRef(state.selected);
  useEffect(() => {
    selectedRef.current = state.selected;
  }, [state.selected]);
  const select = useCallback(
    (id: string | null) => {
      selectedRef.current = id;
      update({ selected: id });
    },
    [update],
  );
  const step = useCallback(
    (delta: 1 | -1) => {
      const current = resolveSelection(selectedRef.current, byId, comparison.pairs);
      const at = current ? changes.findIndex((c) => c.id === current.id) : -1;
      const next = changes[stepIndex(at, delta, changes.length)];
      if (next) select(next.id);
    },
    [changes, byId, comparison.pairs, select],
  );

  // Folding or unfolding everything keeps the reader's place: the row at the top of the text
  // stays where it was on the screen (or the fold that now holds it).
  const place = useRef<{ key: string; top: number } | null>(null);
  const setFold = useCallback(
    (next: boolean) => {
      place.current = readerPlace();
      update({ fold: next }, { replace: true });
    },
    [update],
  );
  useLayoutEffect(() => {
    const kept = place.current;
    place.current = null;
    if (!kept) return;
    const key = itemHolding(items, kept.key);
    if (key) putBack(`[data-row="${CSS.escape(key)}"]`, kept.top);
  }, [items]);

  // In a transition: a fold of 400 rows took one 600 ms task at 4x CPU slowdown to render;
  // React now renders it in slices and the page stays responsive meanwhile.
  const openFold = useCallback(
    (key: string) => startTransition(() => setOpen((o) => new Set([...o, key]))),
    [],
  );

  return {
    state,
    update,
    items,
    fold,
    foldable,
    setFold,
    openFold,
    changes,
    counts,
    minor,
    position,
    selectedItem,
    highlight,
    select,
    step,
  };
}
