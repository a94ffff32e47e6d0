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
 *
 * The history entry itself is written after the next frame, not in the click: Chromium's
 * `pushState` took 5-20 ms at 4x CPU slowdown on a page of 33,000 elements (1-17 ms at 1x,
 * varying with the machine's load), in the very task that must also mark and scroll to the
 * selection. The selection shows first; the address bar follows a frame later. Until then the
 * hash asked for is `pendingHash`, which everything here reads instead of the address bar.
 */
const hashListeners = new Set<() => void>();
let pendingHash: string | null = null;
let queued: { from: string; url: string; replace: boolean }[] = [];

/** The hash as last asked for: written, or about to be. */
export function currentHash(): string {
  return pendingHash ?? window.location.hash;
}

/**
 * Writes the history entries asked for, in order. Runs before any router navigation too. A
 * write asked for on a page the reader has since left (a link followed within the frame) is
 * dropped: it would put the old page's address back in the address bar.
 */
export function flushHistory(): void {
  const writes = queued;
  queued = [];
  pendingHash = null;
  const here = `${window.location.pathname}${window.location.search}`;
  // The router's own entry state (its key and index) is kept, so it reads the entry as its own.
  for (const { from, url, replace } of writes)
    if (from !== here) continue;
    else if (replace) window.history.replaceState(window.history.state, '', url);
    else window.history.pushState(window.history.state, '', url);
  if (writes.length > 0) for (const listener of hashListeners) listener();
}

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
  if (queued.length === 0) afterNextFrame(flushHistory);
  const from = `${window.location.pathname}${window.location.search}`;
  queued.push({ from, url: `${from}${hash}`, replace });
  askHash(hash);
}

/** Shows `hash` as the selection before any history entry has it. */
function askHash(hash: string): void {
  pendingHash = hash;
  for (const listener of hashListeners) listener();
}

/** Runs `write` after the next frame has been drawn (see above). */
function afterNextFrame(write: () => void): void {
  requestAnimationFrame(() => {
    setTimeout(write, 0);
  });
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
      const next = currentHash();
      if (next === requested.current) return;
      requested.current = next;
      startTransition(() => setHash(next));
    };
    sync();
    return subscribeToUrl(sync);
  }, [location]);
  // A change of mode, order, filter or folding shows at once, from this state; the router
  // navigates after the next frame, like the hash (its replaceState and its re-render of every
  // route were 30-44 ms of the toggle's click at 4x). The state holds until the router's
  // location moves on (its key changes), then the location is what counts again.
  const [asked, setAsked] = useState<{ search: string; from: string } | null>(null);
  const waiting = useRef<{ search: string; hash: string; replace: boolean } | null>(null);
  const key = useRef(location.key);
  useEffect(() => {
    key.current = location.key;
  }, [location.key]);
  const search = asked && asked.from === location.key ? asked.search : location.search;
  const state = parseCompareUrl(search, hash);

  // `update` stays the same function across renders (memoised children keep their props); it
  // reads the URL as it is now, ahead of any re-render.
  const update = useCallback(
    (next: Partial<CompareUrlState>, options: { replace?: boolean } = {}) => {
      const now = waiting.current?.search ?? window.location.search;
      const merged = { ...parseCompareUrl(now, currentHash()), ...next };
      const search = formatCompareSearch(merged);
      const hash = merged.selected ? `#${merged.selected}` : '';
      const replace = options.replace ?? false;
      if (!waiting.current && search === now) {
        writeHash(hash, replace);
        return;
      }
      const first = waiting.current === null;
      waiting.current = { search, hash, replace: (waiting.current?.replace ?? true) && replace };
      startTransition(() => setAsked({ search, from: key.current }));
      askHash(hash);
      if (first)
        afterNextFrame(() => {
          const target = waiting.current;
          waiting.current = null;
          if (!target) return;
          flushHistory();
          void navigate(
            { search: target.search, hash: target.hash },
            { replace: target.replace, preventScrollReset: true },
          );
        });
    },
    [navigate],
  );

  return { state, update };
}
