import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viewAsked } from '../../../src/features/comparison/compare-query.ts';
import {
  formatCompareSearch,
  parseCompareUrl,
} from '../../../src/features/comparison/use-compare-url.ts';

describe('the view an address asks for that the prerendered page may not show', () => {
  it('is each query value the build does not draw, as a CSS word list', () => {
    expect(viewAsked('?mode=inline')).toBe('mode=inline');
    expect(viewAsked('?order=right')).toBe('order=right');
    expect(viewAsked('?minor=hide')).toBe('minor=hide');
    // The fold: the comparison's default may be either, so both may differ (compare.css tells).
    expect(viewAsked('?changes=only')).toBe('changes=only');
    expect(viewAsked('?changes=all')).toBe('changes=all');
    expect(viewAsked('?minor=hide&only=name&mode=inline&changes=all')).toBe(
      'mode=inline changes=all minor=hide',
    );
  });

  it('is nothing for the prerendered view, the filter, or values the view does not read', () => {
    for (const search of [
      '',
      '?',
      '?mode=side',
      '?order=left',
      '?only=name,number',
      '?mode=INLINE',
      '?mode=inline2',
      '?changes=some',
      '?minor=show',
      '?q=mode=inline',
    ])
      expect(`${search}: ${viewAsked(search)}`).toBe(`${search}: `);
  });

  it('reads the query as the view does: the first of a repeated name, escapes decoded', () => {
    expect(viewAsked('?mode=side&mode=inline')).toBe('');
    expect(viewAsked('?mode=inline&mode=side')).toBe('mode=inline');
    expect(viewAsked('?mode=%69nline')).toBe('mode=inline');
    expect(parseCompareUrl('?mode=%69nline', '').mode).toBe('inline');
  });

  it('is asked exactly when the view would draw other than the prerendered page', () => {
    const part = fc.constantFrom(
      'mode=inline',
      'mode=side',
      'order=right',
      'order=left',
      'changes=only',
      'changes=all',
      'changes=x',
      'minor=hide',
      'only=name',
      'q=1',
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
        const search = `?${parts.join('&')}`;
        const { mode, order, fold, quiet } = parseCompareUrl(search, '');
        // The view's own query for what it draws, less the filter: the words asked for.
        const drawn = formatCompareSearch({ mode, order, fold, quiet, filter: [] });
        expect(viewAsked(search)).toBe(drawn.slice(1).replaceAll('&', ' '));
      }),
    );
  });
});
