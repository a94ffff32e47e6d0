/**
 * Comment orders. Each is a pure function of the vote counts; ties keep posting order (the sort
 * is stable and every score is compared rounded, so float noise never reorders equals).
 */
import type { CommentSort } from '../../store/reader-settings.ts';
import { EXACT, round } from '../../engine/round.ts';

export interface Votes {
  up: number;
  down: number;
}

/** z for a two-sided 80% confidence interval. */
const Z = 1.281551565545;

export const score = ({ up, down }: Votes) => up - down;

/** Reddit's controversy: 0 unless both sides voted; otherwise total votes raised to minority/majority. */
export function controversy({ up, down }: Votes): number {
  if (up <= 0 || down <= 0) return 0;
  const balance = up > down ? down / up : up / down;
  return (up + down) ** balance;
}

/** Lower bound of the Wilson score interval for the share of up votes, at 80% confidence. */
export function wilsonLowerBound({ up, down }: Votes): number {
  const n = up + down;
  if (n === 0) return 0;
  const p = up / n;
  const z2 = Z * Z;
  return (p + z2 / (2 * n) - Z * Math.sqrt((p * (1 - p) + z2 / (4 * n)) / n)) / (1 + z2 / n);
}

const KEYS: Record<Exclude<CommentSort, 'oldest'>, (v: Votes) => number> = {
  top: score,
  controversial: controversy,
  best: wilsonLowerBound,
};

/** Indexes of `comments` in the chosen order, highest first; ties in posting order. */
export function sortComments(comments: readonly Votes[], sort: CommentSort): number[] {
  const order = comments.map((_, i) => i);
  if (sort === 'oldest') return order;
  const key = KEYS[sort];
  const values = comments.map((c) => round(key(c), EXACT));
  return order.sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0));
}
