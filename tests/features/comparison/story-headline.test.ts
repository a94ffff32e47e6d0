import { describe, expect, it } from 'vitest';
import { storyHeadline } from '../../../src/features/comparison/story-headline.ts';

describe('storyHeadline', () => {
  it('shows one headline when both agree, the left one with the other named when not', () => {
    expect(
      storyHeadline({ headline: 'Floods', label: 'A' }, { headline: 'Floods', label: 'B' }),
    ).toEqual({
      main: 'Floods',
      other: null,
      missing: null,
    });
    expect(
      storyHeadline({ headline: 'Floods', label: 'A' }, { headline: 'Rain', label: 'B' }).other,
    ).toEqual({
      label: 'B',
      headline: 'Rain',
    });
  });
  it('says which version has no headline, and shows none invented', () => {
    expect(storyHeadline({ label: 'A' }, { headline: 'Rain', label: 'B' })).toEqual({
      main: 'Rain',
      other: null,
      missing: 'A',
    });
    expect(storyHeadline({ label: 'A' }, { headline: ' ', label: 'B' }).main).toBeNull();
  });
});
