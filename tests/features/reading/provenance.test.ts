import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../src/domain/article.ts';
import { bestSource, listOf, missingFacts } from '../../../src/features/reading/provenance.ts';

const version = (id: string, facts: Partial<ArticleSummary> = {}): ArticleSummary => ({
  id,
  story: 's',
  label: id,
  tags: [],
  copyright: [],
  words: 100,
  commentCount: 0,
  ...facts,
});

describe('provenance', () => {
  it('lists what a version does not give, in reading order', () => {
    expect(missingFacts(version('a', { byline: 'X', date: '2021-01-01' }))).toEqual([
      'headline',
      'dateline',
      'publisher',
      'section',
    ]);
    expect(
      missingFacts(
        version('a', {
          headline: 'H',
          byline: 'B',
          dateline: 'D',
          date: '2021-01-01',
          publisher: 'P',
          section: 'S',
        }),
      ),
    ).toEqual([]);
  });

  it('points to the version that fills the most gaps, the first one on a tie', () => {
    const missing = missingFacts(version('bare'));
    const some = version('some', { byline: 'B' });
    const more = version('more', { byline: 'B', date: '2021-01-01' });
    const alsoMore = version('also', { publisher: 'P', section: 'S' });
    expect(bestSource(missing, [some, more, alsoMore])).toEqual({
      version: more,
      gives: ['byline', 'date'],
    });
    expect(bestSource(['headline'], [some, more])).toBeUndefined();
    expect(bestSource(missing, [])).toBeUndefined();
  });

  it('writes lists as English prose', () => {
    expect(listOf(['byline'], 'disjunction')).toBe('byline');
    expect(listOf(['byline', 'date'], 'disjunction')).toBe('byline or date');
    expect(listOf(['byline', 'date', 'section'], 'conjunction')).toBe('byline, date, and section');
  });
});
