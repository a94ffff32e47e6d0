/**
 * One comparison in a fresh process is over in about a second, too soon for V8's optimizing
 * compiler (Turbofan) to pay for itself: it compiles the engine's hot functions on a background
 * thread, that CPU time counts, and the optimized code then runs for a few hundred milliseconds
 * at most. Capped at the baseline compiler (Sparkplug), `compare --json` on the seed pair ×100
 * (3,400 sentences a side, 0.5 MB) costs 20–30% less CPU; ×300 still gains; at ×1,000 (5 MB, a
 * few seconds of work) the optimizing compiler wins again (4.5 s against 6.2 s). So the cap is
 * taken only for one comparison of inputs up to QUICK_TIER_CHARS; batch mode, which runs long,
 * keeps every tier. The flag only decides which compiled code runs, never what it computes.
 */
import { setFlagsFromString } from 'node:v8';

/** Inputs up to this many characters (both versions together) are compared at the quick tier. */
export const QUICK_TIER_CHARS = 2_000_000;

/** Cap V8 at its baseline compiler when the comparison ahead is short. */
export function preferQuickTier(characters: number): void {
  if (characters <= QUICK_TIER_CHARS) setFlagsFromString('--max-opt=1');
}
