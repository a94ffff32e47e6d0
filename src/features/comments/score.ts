/**
 * Scores as the comment site writes them, `0 ( +2 / -2 )`: the score, then the up and down
 * counts. A count of nothing is a plain 0, never "+0" or "-0".
 */
export function signedCount(n: number, sign: '+' | '-'): string {
  return n === 0 ? '0' : `${sign}${n}`;
}

/** The score itself: "-1", "0", "3" (the site shows no plus on a positive score). */
export function scoreNumber(score: number): string {
  return score < 0 ? `-${-score}` : String(score);
}

/** The site's score line: "0 ( +2 / -2 )", "1 ( +1 / 0 )", "0 ( 0 / 0 )". */
export function scoreText(up: number, down: number): string {
  return `${scoreNumber(up - down)} ( ${signedCount(up, '+')} / ${signedCount(down, '-')} )`;
}

/** What a screen reader hears for the same line: "Score minus 1: 0 up, 1 down". */
export function scoreLabel(up: number, down: number): string {
  const score = up - down;
  return `Score ${score < 0 ? `minus ${-score}` : score}: ${up} up, ${down} down`;
}
