/**
 * Myers' O(ND) diff of two sequences of numbers, as jsdiff's `diffArrays` computes it (diff
 * 9.0.0, `Diff.diffWithOptionsObj`): the same walk of the diagonals, the same choice between an
 * insertion and a deletion, the same pruning at the edges of the edit graph, so the runs it
 * returns are exactly jsdiff's. What differs is the cost: the tokens are numbers compared with
 * `===`, the paths live in typed arrays and the edit script in three flat arrays, so nothing is
 * allocated per step. On the seed pair ×100 (~800 pairs) the pair diffs took ~175 ms of CPU
 * through jsdiff with a string comparator.
 */

export const EQUAL = 0;
export const DELETE = 1;
export const INSERT = 2;
export type RunOp = typeof EQUAL | typeof DELETE | typeof INSERT;

/** A run of the edit script: `count` tokens kept, deleted from `a` or inserted from `b`. */
export interface Run {
  op: RunOp;
  count: number;
}

/**
 * Scratch space of `diffNumbers`, kept between calls and grown when a call needs more: the
 * components of the edit script (op, count and the previous component, a linked list) and the
 * two per-diagonal arrays. Allocated per call they were the largest share of the engine's
 * allocations (29 of 199 MB on the seed pair ×100, 1,700 pair diffs), and so of its
 * garbage-collection time. `diffNumbers` calls nothing that could call it again.
 */
let compOps = new Int8Array(256);
let compCounts = new Int32Array(256);
let compPrev = new Int32Array(256);
let diagOldPos = new Int32Array(256);
let diagLast = new Int32Array(256);

function growComponents(): void {
  const grow = <T extends Int8Array | Int32Array>(from: T, to: T): T => {
    to.set(from);
    return to;
  };
  const size = compOps.length * 2;
  compOps = grow(compOps, new Int8Array(size));
  compCounts = grow(compCounts, new Int32Array(size));
  compPrev = grow(compPrev, new Int32Array(size));
}

/** The edit script from `a` to `b`, runs in order; consecutive runs never share an op. */
export function diffNumbers(a: ArrayLike<number>, b: ArrayLike<number>): Run[] {
  const oldLen = a.length;
  const newLen = b.length;
  // Components of the edit script, a linked list through `compPrev` (the newest last), shared
  // between paths exactly as jsdiff shares its component objects.
  let size = 0;
  const max = oldLen + newLen;
  const offset = max + 1;
  // Per diagonal: the furthest old position reached (NONE: no path) and its last component.
  const NONE = -2;
  if (diagOldPos.length < 2 * max + 3) {
    diagOldPos = new Int32Array(4 * max + 6);
    diagLast = new Int32Array(4 * max + 6);
  }
  const oldPosOf = diagOldPos.fill(NONE, 0, 2 * max + 3);
  const lastOf = diagLast.fill(-1, 0, 2 * max + 3);

  const build = (last: number): Run[] => {
    const out: Run[] = [];
    for (let c = last; c >= 0; c = compPrev[c] as number)
      out.push({ op: compOps[c] as RunOp, count: compCounts[c] as number });
    return out.reverse();
  };

  // jsdiff's `extractCommon` and `addToPath` are written out inline below: called once per step
  // of the search, as closures they were most of its cost before the optimizing compiler runs.
  let oldPos = -1;
  let newPos = -1;
  while (newPos + 1 < newLen && oldPos + 1 < oldLen && a[oldPos + 1] === b[newPos + 1]) {
    newPos++;
    oldPos++;
  }
  if (oldPos >= 0) {
    compOps[0] = EQUAL;
    compCounts[0] = oldPos + 1;
    compPrev[0] = -1;
    size = 1;
    lastOf[offset] = 0;
  }
  oldPosOf[offset] = oldPos;
  if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return build(lastOf[offset] as number);
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= max; editLength++) {
    const top = Math.min(maxDiagonal, editLength);
    for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= top; diagonal += 2) {
      const at = diagonal + offset;
      const removeOld = oldPosOf[at - 1] as number;
      const addOld = oldPosOf[at + 1] as number;
      const hasRemove = removeOld !== NONE;
      // The remove path is read once only; jsdiff drops it here.
      const removeLast = lastOf[at - 1] as number;
      if (hasRemove) oldPosOf[at - 1] = NONE;
      let canAdd = false;
      if (addOld !== NONE) {
        const addNewPos = addOld - diagonal;
        canAdd = 0 <= addNewPos && addNewPos < newLen;
      }
      const canRemove = hasRemove && removeOld + 1 < oldLen;
      if (!canAdd && !canRemove) {
        oldPosOf[at] = NONE;
        continue;
      }
      // Extend the better path by one edit (jsdiff's addToPath)…
      let last: number;
      let op: number;
      if (!canRemove || (canAdd && removeOld < addOld)) {
        oldPos = addOld;
        last = lastOf[at + 1] as number;
        op = INSERT;
      } else {
        oldPos = removeOld + 1;
        last = removeLast;
        op = DELETE;
      }
      // Two components at most are added below.
      if (size + 2 > compOps.length) growComponents();
      compOps[size] = op;
      if (last >= 0 && compOps[last] === op) {
        compCounts[size] = (compCounts[last] as number) + 1;
        compPrev[size] = compPrev[last] as number;
      } else {
        compCounts[size] = 1;
        compPrev[size] = last;
      }
      let head = size++;
      // …then follow the diagonal while tokens are equal (jsdiff's extractCommon).
      newPos = oldPos - diagonal;
      let common = 0;
      while (newPos + 1 < newLen && oldPos + 1 < oldLen && a[oldPos + 1] === b[newPos + 1]) {
        newPos++;
        oldPos++;
        common++;
      }
      if (common) {
        compOps[size] = EQUAL;
        compCounts[size] = common;
        compPrev[size] = head;
        head = size++;
      }
      oldPosOf[at] = oldPos;
      lastOf[at] = head;
      if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return build(head);
      if (oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
    }
  }
  return [];
}

/**
 * Length of a longest common subsequence of two number lists, by Myers' greedy search for the
 * fewest insertions and deletions D: LCS = (|a| + |b| − D) / 2, and that length is the same
 * whichever longest subsequence exists. Only the furthest point on each diagonal is kept, no
 * path, so it costs O((|a| + |b|) · D) time and O(|a| + |b|) memory: for two versions of one
 * sentence D is small, where the textbook programme always pays |a| · |b|.
 */
export function lcsLength(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return 0;
  const offset = max + 1;
  // furthest[k + offset]: the furthest x reached on diagonal k = x − y.
  const furthest = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d ||
        (k !== d && (furthest[k - 1 + offset] as number) < (furthest[k + 1 + offset] as number))
          ? (furthest[k + 1 + offset] as number)
          : (furthest[k - 1 + offset] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      furthest[k + offset] = x;
      if (x >= n && y >= m) return (n + m - d) / 2;
    }
  }
  return 0;
}
