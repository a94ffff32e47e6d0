/**
 * Rounding, in one place, at the two precisions the code needs.
 * - `SHOWN` (3 decimals): figures a caller reads (pair and overall similarity). Three decimals
 *   survive the compact form's similarity × 1000.
 * - `EXACT` (9 decimals): sums that must compare equal whatever order they were added in, so that
 *   results are symmetric (swapping the sides) and ties are really ties.
 */
export const SHOWN = 3;
export const EXACT = 9;

export function round(x: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(x * scale) / scale;
}
