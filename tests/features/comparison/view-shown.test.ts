import { describe, expect, it } from 'vitest';
import { viewShown } from '../../../src/features/comparison/view-shown.ts';

describe('viewShown', () => {
  it('tells its listeners when the view is shown or hidden, and only then', () => {
    const shown = viewShown(false);
    const seen: boolean[] = [];
    const stop = shown.subscribe(() => seen.push(shown.now));
    shown.set(false);
    shown.set(true);
    shown.set(true);
    shown.set(false);
    stop();
    shown.set(true);
    expect(seen).toEqual([true, false]);
  });

  it('is measurable while shown, or while laid out hidden', () => {
    const shown = viewShown(false);
    const seen: boolean[] = [];
    shown.subscribe(() => seen.push(shown.measurable));
    expect(shown.measurable).toBe(false);
    shown.setLaidOut(true);
    expect(shown.now).toBe(false);
    shown.setLaidOut(false);
    shown.set(true);
    expect(seen).toEqual([true, false, true]);
  });
});
