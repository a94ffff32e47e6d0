/**
 * Which aligned pairs moved: the reading order of one side against the other's.
 */

/**
 * Moved pairs, given each pair's right position in left order. The pairs that kept their
 * relative order form a longest increasing subsequence; a pair is moved unless it belongs to
 * every such subsequence. When two sentences simply swapped places, both are marked: neither
 * order is more right than the other, and the result stays the same with the sides swapped.
 * O(n log n).
 */
export function movedGroups(rightPositions: readonly number[]): Set<number> {
  const n = rightPositions.length;
  const ending = lisLengths(rightPositions);
  const starting = lisLengths([...rightPositions].reverse().map((v) => -v)).reverse();
  const longest = Math.max(0, ...ending);
  const onSome = (i: number) => (ending[i] ?? 0) + (starting[i] ?? 0) - 1 === longest;
  const perLength = new Map<number, number>();
  for (let i = 0; i < n; i++)
    if (onSome(i)) perLength.set(ending[i] ?? 0, (perLength.get(ending[i] ?? 0) ?? 0) + 1);
  const moved = new Set<number>();
  for (let i = 0; i < n; i++)
    if (!onSome(i) || (perLength.get(ending[i] ?? 0) ?? 0) > 1) moved.add(i);
  return moved;
}

/** For each element, the length of the longest strictly increasing subsequence ending there. */
function lisLengths(values: readonly number[]): number[] {
  const tails: number[] = [];
  return values.map((value) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
    return lo + 1;
  });
}
