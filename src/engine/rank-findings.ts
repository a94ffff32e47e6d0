/**
 * The order a comparison leads with: likely errors, then changes of meaning, then style. The
 * engine weighs each finding once (`finding-weight.ts`, run by the build and the command); the
 * browser only sorts, so the rules and their tables never ship to a reader.
 */
import type { Finding, FindingWeight } from './types.ts';

export type Weight = FindingWeight;

/** Most important first: the order the verdict lists findings in. */
export const WEIGHTS: readonly Weight[] = ['error', 'meaning', 'style'];

export interface RankedFinding {
  finding: Finding;
  /** Index in `comparison.findings`: the finding's anchor (`#finding-N`) is built from it. */
  index: number;
  weight: Weight;
}

/** Findings ordered by weight, then in the order the engine gave them (reading order). */
export function rankFindings(findings: readonly Finding[]): RankedFinding[] {
  return findings
    .map((finding, index) => ({ finding, index, weight: finding.weight }))
    .sort((a, b) => WEIGHTS.indexOf(a.weight) - WEIGHTS.indexOf(b.weight) || a.index - b.index);
}
