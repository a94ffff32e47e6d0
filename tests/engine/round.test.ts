/** Specification of `round.ts`: the two precisions. */
import { describe, expect, it } from 'vitest';
import { EXACT, round, SHOWN } from '../../src/engine/round.ts';

describe('round', () => {
  it('shows three decimals, the precision the compact form keeps', () => {
    expect(round(2 / 3, SHOWN)).toBe(0.667);
  });

  it('makes sums taken in different orders equal at EXACT', () => {
    expect(0.1 + 0.2 + 0.3 === 0.3 + 0.2 + 0.1).toBe(false);
    expect(round(0.1 + 0.2 + 0.3, EXACT)).toBe(round(0.3 + 0.2 + 0.1, EXACT));
  });
});
