/**
 * The comparison's state lives in the URL so any view of it can be linked and reopened exactly:
 * `/compare/<left>/<right>?mode=inline&order=right&only=name,number&changes=all&minor=hide#pair-12`.
 * Choosing a change pushes a history entry (back returns to the previous selection); switching
 * filters replaces the entry, since a filter is a way of looking, not a place.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { usePageLocation } from '../../shared/use-page-location.ts';
import { CHANGE_KINDS } from './change-list.ts';
import type { ChangeKind, Side } from './compare-model.ts';

export type CompareMode = 'side' | 'inline';

export interface CompareUrlState {
  mode: CompareMode;
  /** Whose reading order the rows (side by side) and the inline text follow. */
  order: Side;
  /**
   * Kinds of change that next/previous walk through; empty means the default list, every change
   * of text once and no findings (see `visibleChanges`).
   */
  filter: ChangeKind[];
  /** Changes only (unchanged runs folded): true, false, or null for the comparison's default. */
  fold: boolean | null;
  /** Minor changes hidden (`minor=hide`). */
  quiet: boolean;
  /** The selected change (`pair-3`, `only-L4`, `finding-2`), or null. */
  selected: string | null;
}

export function parseCompareUrl(search: string, hash: string): CompareUrlState {
  const params = new URLSearchParams(search);
  const filter = (params.get('only') ?? '')
    .split(',')
    .filter((k): k is ChangeKind => (CHANGE_KINDS as readonly string[]).includes(k));
  return {
    mode: params.get('mode') === 'inline' ? 'inline' : 'side',
    order: params.get('order') === 'right' ? 'right' : 'left',
    filter,
    fold: params.get('changes') === 'only' ? true : params.get('changes') === 'all' ? false : null,
    quiet: params.get('minor') === 'hide',
    selected: decodeHash(hash),
  };
}

/** A malformed escape in a hand-edited URL selects nothing rather than throwing. */
function decodeHash(hash: string): string | null {
  try {
    return decodeURIComponent(hash.replace(/^#/, '')) || null;
  } catch {
    return null;
  }
}

export function formatCompareSearch(
  state: Pick<CompareUrlState, 'mode' | 'order' | 'filter' | 'fold' | 'quiet'>,
): string {
  const params = new URLSearchParams();
  if (state.mode !== 'side') params.set('mode', state.mode);
  if (state.order !== 'left') params.set('order', state.order);
  if (state.filter.length > 0) params.set('only', state.filter.join(','));
  if (state.fold !== null) params.set('changes', state.fold ? 'only' : 'all');
  if (state.quiet) params.set('minor', 'hide');
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

/*
 * The selection (the hash) is written with the History API directly, not through the router.
 * A router navigation re-renders every route and makes React search the whole tree for location
 * consumers; with thousands of sentences on the page that alone broke the 50 ms budget for a
 * click at 4x CPU slowdown. Back and forward still work: the router and this store both listen
 * to `popstate`. Changes of mode, order or filter still go through the router.
 */
const hashListeners = new Set<() => void>();

/** Subscribe to changes of the URL made here or by back/forward. */
export function subscribeToUrl(listener: () => void): () => void {
  hashListeners.add(listener);
  window.addEventListener('popstate', listener);
  window.addEventListener('hashchange', listener);
  return () => {
    hashListeners.delete(listener);
    window.removeEventListener('popstate', listener);
    window.removeEventListener('hashchange', listener);
  };
}

function writeHash(hash: string, replace: boolean): void {
  const url = `${window.location.pathname}${window.location.search}${hash}`;
  // The router's own entry state (its key and index) is kept, so it reads the entry as its own.
  if (replace) window.history.replaceState(window.history.state, '', url);
  else window.history.pushState(window.history.state, '', url);
  for (const listener of hashListeners) listener();
}

export function useCompareUrl() {
  const location = usePageLocation();
  const navigate = useNavigate();
  // Held as state and updated in a transition, so React renders the new selection in slices
  // instead of one long task.
  const [hash, setHash] = useState(location.hash);
  // The hash last asked for. Only a real change schedules a render: a state update scheduled on
  // every navigation, even to the same value, counts as a nested update in React, and a reader
  // clicking quickly through comparisons ran into React's limit of 50.
  const requested = useRef(hash);
  useEffect(() => {
    const sync = () => {
      const next = window.location.hash;
      if (next === requested.current) return;
      requested.current = next;
      startTransition(() => setHash(next));
    };
    sync();
    return subscribeToUrl(sync);
  }, [location]);
  const state = parseCompareUrl(location.search, hash);

  // `update` stays the same function across renders (memoised children keep their props); it
  // reads the URL as it is now, ahead of any re-render.
  const update = useCallback(
    (next: Partial<CompareUrlState>, options: { replace?: boolean } = {}) => {
      const current = parseCompareUrl(window.location.search, window.location.hash);
      const merged = { ...current, ...next };
      const search = formatCompareSearch(merged);
      const hash = merged.selected ? `#${merged.selected}` : '';
      const replace = options.replace ?? false;
      if (search === window.location.search) writeHash(hash, replace);
      else navigate({ search, hash }, { replace, preventScrollReset: true });
    },
    [navigate],
  );

  return { state, update };
}
