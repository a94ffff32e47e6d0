/**
 * Stepping through a story's versions two at a time. A pair is a position in the story's order
 * on each side; stepping moves both sides by one, keeping the distance between them, so from
 * "versions 2 → 3" the next pair is "3 → 4" and from "1 → 4" it is "2 → 5".
 */
export interface PairSteps {
  /** Positions (0-based) of the two versions in the story, or -1 when one is not in it. */
  left: number;
  right: number;
  previous: [string, string] | null;
  next: [string, string] | null;
}

export function pairSteps(versions: readonly string[], left: string, right: string): PairSteps {
  const l = versions.indexOf(left);
  const r = versions.indexOf(right);
  const at = (delta: number): [string, string] | null => {
    const a = versions[l + delta];
    const b = versions[r + delta];
    return l >= 0 && r >= 0 && a !== undefined && b !== undefined ? [a, b] : null;
  };
  return { left: l, right: r, previous: at(-1), next: at(1) };
}
