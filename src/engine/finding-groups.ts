/**
 * Findings that read the same, grouped. A long story corrected in an update often makes the same
 * change wherever the name or number appears ("4.2" became "4.8" in the summary, the body and a
 * caption); listed one by one, the same line fills the list several times and pushes the other
 * findings out of view. A group is listed once, where its first member ranks, with a link to each
 * place.
 */
import type { RankedFinding } from './rank-findings.ts';

export interface FindingGroup {
  /** The first of them in rank order: the group is listed where it ranks. */
  first: RankedFinding;
  /** Every member, `first` included, in rank order (reading order within a weight). */
  places: readonly RankedFinding[];
}

/** What a reader sees of a finding: the same weight, words and reason read as one. */
const sameness = ({ weight, finding }: RankedFinding) =>
  JSON.stringify([weight, finding.text, finding.reason ?? null]);

/** Groups `ranked` (in rank order) by what each finding says, keeping the order of first places. */
export function groupFindings(ranked: readonly RankedFinding[]): FindingGroup[] {
  const groups = new Map<string, RankedFinding[]>();
  for (const r of ranked) {
    const key = sameness(r);
    const places = groups.get(key);
    if (places) places.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].map((places) => ({ first: places[0] as RankedFinding, places }));
}
