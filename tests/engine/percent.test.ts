import { describe, expect, it } from 'vitest';
import { percentText } from '../../src/engine/percent.ts';

describe('percentText', () => {
  it('rounds a share to a whole percentage', () => {
    expect(percentText(0.332)).toBe('33%');
    expect(percentText(0.335)).toBe('34%');
    expect(percentText(0.5)).toBe('50%');
  });

  it('says 100% and 0% only of all and of none', () => {
    expect(percentText(1)).toBe('100%');
    expect(percentText(0)).toBe('0%');
  });

  it('never rounds a share short of all up to 100%, nor one above none down to 0%', () => {
    expect(percentText(0.996)).toBe('>99%');
    expect(percentText(0.9999)).toBe('>99%');
    expect(percentText(0.004)).toBe('<1%');
    expect(percentText(0.0001)).toBe('<1%');
    expect(percentText(0.994)).toBe('99%');
    expect(percentText(0.006)).toBe('1%');
  });
});
