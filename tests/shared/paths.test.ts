import { describe, expect, it } from 'vitest';
import { listPath, paths } from '../../src/shared/paths.ts';

describe('list addresses', () => {
  it('give page 1 the list’s own address and page n a /page/n after it', () => {
    expect(paths.home.to()).toBe('/');
    expect(paths.home.to(1)).toBe('/');
    expect(paths.home.to(2)).toBe('/page/2');
    expect(paths.tags.group.to('weather')).toBe('/tags/weather');
    expect(paths.tags.group.to('weather', 3)).toBe('/tags/weather/page/3');
    expect(paths.publishers.index.to()).toBe('/publishers');
    expect(paths.months.index.to(2)).toBe('/months/page/2');
  });

  it('name any list by its reference', () => {
    expect(listPath({ kind: 'home' }, 57)).toBe('/page/57');
    expect(listPath({ kind: 'month', slug: '2025-11' })).toBe('/months/2025-11');
    expect(listPath({ kind: 'publisher', slug: 'valley-courier' }, 2)).toBe(
      '/publishers/valley-courier/page/2',
    );
    expect(listPath({ kind: 'index', of: 'tag' })).toBe('/tags');
  });
});
