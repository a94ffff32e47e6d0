/**
 * The list of changes that next/previous walk through, the counts the filter chips show, and
 * what a URL hash selects. Pure functions over the model, so the view only lays them out.
 */
import type { Comparison } from '../../engine/types.ts';
import type { ChangeItem, ChangeKind } from './compare-model.ts';

/** Kinds a chip can filter by, in the order the chips stand. */
export const CHANGE_KINDS: readonly ChangeKind[] = [
  'changed',
  'moved',
  'left-only',
  'right-only',
  'name',
  'number',
  'quote',
];

/** The kinds of the default list: each change once; findings are only walked when asked for. */
export const CHANGE_ONLY_KINDS: readonly ChangeKind[] = [
  'changed',
  'moved',
  'left-only',
  'right-only',
];

/**
 * The changes in reading order that the filter lets through: with no filter, every change of
 * text (not the findings inside them, which would count a pair twice); with a filter, the
 * changes of those kinds. `quiet` leaves out minor changes.
 */
export function visibleChanges(
  changes: readonly ChangeItem[],
  filter: readonly ChangeKind[],
  quiet: boolean,
): ChangeItem[] {
  const kinds = filter.length === 0 ? CHANGE_ONLY_KINDS : filter;
  return changes.filter((c) => c.kinds.some((k) => kinds.includes(k)) && !(quiet && c.minor));
}

/** How many changes of each kind (quiet: leaving out the minor ones); the first four add up to the total. */
export function countChanges(
  changes: readonly ChangeItem[],
  quiet: boolean,
): Record<ChangeKind, number> {
  const result = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const change of changes) {
    if (quiet && change.minor) continue;
    for (const kind of change.kinds) result[kind] += 1;
  }
  return result;
}

/** Minor changes of text, which the quiet switch hides. */
export const countMinor = (changes: readonly ChangeItem[]) => changes.filter((c) => c.minor).length;

/**
 * The index to go to from `position` (-1: none selected) by `delta`, wrapping around; the first
 * (or, going back, the last) when nothing is selected; -1 for an empty list.
 */
export function stepIndex(position: number, delta: 1 | -1, length: number): number {
  if (length === 0) return -1;
  if (position < 0) return delta === 1 ? 0 : length - 1;
  return (position + delta + length) % length;
}

/** The change a URL hash names; `pair-N` of an unchanged pair resolves to that pair. Unknown: null. */
export function resolveSelection(
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
  if (!pair) return null;
  return {
    id: hash,
    kind: 'changed',
    kinds: [],
    left: [...pair.left],
    right: [...pair.right],
    pair: n,
    minor: false,
    summary: `pair ${n + 1}`,
  };
}
