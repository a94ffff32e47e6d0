import { describe, expect, it } from 'vitest';
import { listAddress } from '../../../src/app/routes/list-address.ts';

describe('which list page an address names', () => {
  it('home and its later pages', () => {
    expect(listAddress('/')).toEqual({ ref: { kind: 'home' }, page: 1, key: 'home/1' });
    expect(listAddress('/page/2')).toMatchObject({ page: 2, key: 'home/2' });
  });

  it('a group’s list and the index of its kind, page by page', () => {
    expect(listAddress('/tags/weather')?.key).toBe('tag/weather/1');
    expect(listAddress('/tags/weather/page/3')?.key).toBe('tag/weather/3');
    expect(listAddress('/publishers')?.key).toBe('index/publisher/1');
    expect(listAddress('/months/page/2')?.key).toBe('index/month/2');
    expect(listAddress('/months/2025-11')?.ref).toEqual({ kind: 'month', slug: '2025-11' });
    // A tag named "page" is a tag: the index's pages have a number after it.
    expect(listAddress('/tags/page')?.ref).toEqual({ kind: 'tag', slug: 'page' });
  });

  it('no page for a page segment that is no page number; null for other addresses', () => {
    expect(listAddress('/page/1')).toMatchObject({ page: null, pageText: '1', key: null });
    expect(listAddress('/tags/weather/page/x')).toMatchObject({ page: null, key: null });
    expect(listAddress('/articles/x')).toBeNull();
    expect(listAddress('/tags/a/b')).toBeNull();
  });
});
