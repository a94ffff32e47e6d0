/**
 * The comparison's state lives in the URL so any view of it can be linked and reopened exactly:
 * `/compare/<left>/<right>?mode=inline&order=right&only=name,number#pair-12`.
 * Choosing a change pushes a history entry (back returns to the previous selection); switching
 * filters replaces the entry, since a filter is a way of looking, not a place.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { ChangeKind, Side } from './compare-model.ts';

export type CompareMode = 'side' | 'inline';

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'changed',
  'moved',
  'left-only',
  'right-only',
  'name',
  'number',
  'quote',
];

export interface CompareUrlState {
  mode: CompareMode;
  /** Whose reading order the inline mode follows. */
  order: Side;
  /** Kinds of change that next/previous walk through; empty means every kind. */
  filter: ChangeKind[];
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
  state: Pick<CompareUrlState, 'mode' | 'order' | 'filter'>,
): string {
  const params = new URLSearchParams();
  if (state.mode !== 'side') params.set('mode', state.mode);
  if (state.order !== 'left') params.set('order', state.order);
  if (state.filter.length > 0) params.set('only', state.filter.join(','));
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

export function useCompareUrl() {
  const location = useLocation();
  const navigate = useNavigate();
  const state = parseCompareUrl(location.search, location.hash);
  // `update` stays the same function across navigations (memoised children keep their props);
  // it reads the latest URL through this ref.
  const latest = useRef(location);
  useEffect(() => {
    latest.current = location;
  }, [location]);

  const update = useCallback(
    (next: Partial<CompareUrlState>, options: { replace?: boolean } = {}) => {
      const current = parseCompareUrl(latest.current.search, latest.current.hash);
      const merged = { ...current, ...next };
      const search = formatCompareSearch(merged);
      const hash = merged.selected ? `#${merged.selected}` : '';
      latest.current = { ...latest.current, search, hash };
      navigate({ search, hash }, { replace: options.replace ?? false, preventScrollReset: true });
    },
    [navigate],
  );

  return { state, update };
}
