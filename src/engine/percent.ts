/**
 * A share as a whole percentage that never claims more than it is: rounding alone would call
 * versions with fifteen reworded sentences "100% similar" and a sliver "0%", so anything short
 * of all reads at most ">99%" and anything above none at least "<1%".
 */
export function percentText(share: number): string {
  const whole = Math.round(share * 100);
  if (whole >= 100 && share < 1) return '>99%';
  if (whole <= 0 && share > 0) return '<1%';
  return `${whole}%`;
}
