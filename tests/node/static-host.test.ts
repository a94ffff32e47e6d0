import { describe, expect, it } from 'vitest';
import { staticAnswer } from '../../src/node/static-host.ts';

const SITE = new Set([
  '/index.html',
  '/404.html',
  '/_headers',
  '/articles/ap/index.html',
  '/data/article/ap.json',
]);
const isFile = (file: string) => SITE.has(file);

describe('staticAnswer', () => {
  it('serves a page from its folder, with or without the trailing slash', () => {
    expect(staticAnswer('/articles/ap', isFile)).toEqual({
      kind: 'file',
      file: '/articles/ap/index.html',
    });
    expect(staticAnswer('/articles/ap/', isFile)).toEqual({
      kind: 'file',
      file: '/articles/ap/index.html',
    });
    expect(staticAnswer('/', isFile)).toEqual({ kind: 'file', file: '/index.html' });
  });

  it('serves a file that exists as it is, extension or not', () => {
    expect(staticAnswer('/data/article/ap.json', isFile)).toEqual({
      kind: 'file',
      file: '/data/article/ap.json',
    });
    expect(staticAnswer('/_headers', isFile)).toEqual({ kind: 'file', file: '/_headers' });
  });

  it('answers an unknown page with the not-found page, an unknown file with a plain 404', () => {
    expect(staticAnswer('/articles/no-such-id', isFile)).toEqual({ kind: 'not-found', page: true });
    expect(staticAnswer('/articles', isFile)).toEqual({ kind: 'not-found', page: true });
    expect(staticAnswer('/data/article/nope.json', isFile)).toEqual({
      kind: 'not-found',
      page: false,
    });
  });

  it('never serves a path that climbs out of the site', () => {
    const anything = () => true;
    expect(staticAnswer('/../etc/passwd', anything)).toEqual({ kind: 'not-found', page: false });
    expect(staticAnswer('/articles/../../x', anything)).toEqual({ kind: 'not-found', page: false });
  });
});
