/**
 * The comparison's state lives in the URL so any view of it can be linked and reopened exactly:
 * `/compare/<left>/<right>?mode=inline&order=right&only=name,number&changes=all&minor=hide#pair-12`.
 * Choosing a change pushes a history entry (back returns to the previous selection); switching
 * filters replaces the entry, since a filter is a way of looking, not a place.
 */
import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { usePageLocation } from '../../shared/use-page-location.ts';
import { CHANGE_KINDS } from './change-list.ts';
import type { ChangeKind, Side } from './compare-model.ts';
import {
  CHANGES,
  CHANGES_ALL,
  CHANGES_ONLY,
  HIDE,
  INLINE,
  MINOR,
  MODE,
  ONLY,
  ORDER,
  RIGHT,
  VIEW_ASKED,
} from './compare-query.ts';

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
  const filter = (params.get(ONLY) ?? '')
    .split(',')
    .filter((k): k is ChangeKind => (CHANGE_KINDS as readonly string[]).includes(k));
  const changes = params.get(CHANGES);
  return {
    mode: params.get(MODE) === INLINE ? 'inline' : 'side',
    order: params.get(ORDER) === RIGHT ? 'right' : 'left',
    filter,
    fold: changes === CHANGES_ONLY ? true : changes === CHANGES_ALL ? false : null,
    quiet: params.get(MINOR) === HIDE,
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
  if (state.mode === 'inline') params.set(MODE, INLINE);
  if (state.order === 'right') params.set(ORDER, RIGHT);
  if (state.filter.length > 0) params.set(ONLY, state.filter.join(','));
  if (state.fold !== null) params.set(CHANGES, state.fold ? CHANGES_ONLY : CHANGES_ALL);
  if (state.quiet) params.set(MINOR, HIDE);
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

/*
 * The comparison's URL (the query and the hash) is written with the History API directly, not
 * through the router. A router navigation re-renders every route and makes React search the
 * whole tree for location consumers; with thousands of sentences on the page that alone broke
 * the 50 ms budget for a click at 4x CPU slowdown, and with both modes mounted it was a task of
 * 58-136 ms after every mode switch at x100. Nothing but this hook reads the query. Back and
 * forward still work: the router and this store both listen to `popstate`, and the router's own
 * entry state (its key and index) is kept on every entry written here.
 *
 * The history entry itself is written after the next frame, not in the click: Chromium's
 * `pushState` took 5-20 ms at 4x CPU slowdown on a page of 33,000 elements (1-17 ms at 1x,
 * varying with the machine's load), in the very task that must also mark and scroll to the
 * selection. The selection shows first; the address bar follows a frame later. Until then the
 * hash asked for is `pendingHash`, which everything here reads instead of the address bar.
 *
 * A change React renders in a transition (a mode switch, a fold toggle) has not been drawn by
 * the next frame: the write then waits for the frame after the transition's commit
 * (`awaitingRender`), or it ran between the render and its paint, 16-45 ms more in the frame
 * that shows a x100 mode switch at 4x (7 Dec 2026).
 */
const hashListeners = new Set<() => void>();
let pendingHash: string | null = null;
let pendingSearch: string | null = null;
let queued: { from: string; url: string; replace: boolean }[] = [];
let awaitingRender = false;

/** The hash as last asked for: written, or about to be. */
export function currentHash(): string {
  return pendingHash ?? window.location.hash;
}

/** The query as last asked for: written, or about to be. */
function currentSearch(): string {
  return pendingSearch ?? window.location.search;
}

/**
 * Writes the history entries asked for, in order. Runs before any router navigation too. A
 * write asked for on a page the reader has since left (a link followed within the frame) is
 * dropped: it would put the old page's address back in the address bar.
 */
export function flushHistory(): void {
  const writes = queued;
  queued = [];
  awaitingRender = false;
  pendingHash = null;
  pendingSearch = null;
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

/** Asks for `search` and `hash`: shown at once, written to the history after the next frame. */
function writeUrl(search: string, hash: string, replace: boolean): void {
  if (queued.length === 0) afterRenderedFrame(60);
  const from = `${window.location.pathname}${window.location.search}`;
  queued.push({ from, url: `${window.location.pathname}${search}${hash}`, replace });
  pendingSearch = search;
  pendingHash = hash;
  for (const listener of hashListeners) listener();
}

/**
 * Writes the entries asked for after the next frame that draws them: a frame's callbacks run
 * before its paint, the timer after. While a render is awaited it looks again a frame later,
 * for at most `frames` frames (a view unmounted meanwhile never commits).
 */
function afterRenderedFrame(frames: number): void {
  requestAnimationFrame(() => {
    if (awaitingRender && frames > 0) afterRenderedFrame(frames - 1);
    else setTimeout(flushHistory, 0);
  });
}

export function useCompareUrl() {
  const location = usePageLocation();
  // Held as state and updated in a transition, so React renders the new view in slices instead
  // of one long task.
  const [url, setUrl] = useState({ search: location.search, hash: location.hash });
  // The URL last asked for. Only a real change schedules a render: a state update scheduled on
  // every navigation, even to the same value, counts as a nested update in React, and a reader
  // clicking quickly through comparisons ran into React's limit of 50.
  const requested = useRef(url);
  useEffect(() => {
    const sync = () => {
      // While React hydrates a prerendered page the location reads as empty (usePageLocation);
      // this effect runs after, when the address bar is what counts.
      const next = { search: currentSearch(), hash: currentHash() };
      if (next.search === requested.current.search && next.hash === requested.current.hash) return;
      requested.current = next;
      awaitingRender = true;
      startTransition(() => setUrl(next));
    };
    sync();
    const unsubscribe = subscribeToUrl(sync);
    return () => {
      awaitingRender = false;
      unsubscribe();
    };
  }, [location]);
  // On a hard load the first script may have kept the prerendered text out of view, as the
  // address asks for another (compare-query.ts): once what is drawn is what the address asks
  // for, before that is painted, the text is shown. A prerendered page is drawn first without
  // the query (hydration), then with it.
  useLayoutEffect(() => {
    awaitingRender = false;
    if (url.search === currentSearch()) document.documentElement.removeAttribute(VIEW_ASKED);
  }, [url]);
  const state = parseCompareUrl(url.search, url.hash);

  // `update` stays the same function across renders (memoised children keep their props); it
  // reads the URL as it is now, ahead of any re-render.
  const update = useCallback(
    (next: Partial<CompareUrlState>, options: { replace?: boolean } = {}) => {
      const merged = { ...parseCompareUrl(currentSearch(), currentHash()), ...next };
      const hash = merged.selected ? `#${merged.selected}` : '';
      writeUrl(formatCompareSearch(merged), hash, options.replace ?? false);
    },
    [],
  );

  return { state, update };
}
