/**
 * `npm start` (vite preview) answers every path the same whatever the client sends: curl and
 * crawlers send `*\/*` or no `Accept` at all, browsers `text/html`. Plain HTTP, no browser.
 */
import { request } from 'node:http';
import { describe, expect, inject, it } from 'vitest';

const base = inject('baseURL');
const AP = '/articles/japan-vietnam-cyber-defense-ap';

/** One GET with exactly the headers given (Node's http client adds no `Accept` of its own). */
function get(path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = request(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const ACCEPTS: [string, Record<string, string>][] = [
  ['Accept */*', { accept: '*/*' }],
  ['Accept text/html', { accept: 'text/html,application/xhtml+xml' }],
  ['no Accept', {}],
];
const rendered = (body: string) => /<div id="root" data-prerendered="([^"]*)"/.exec(body)?.[1];

describe.each(ACCEPTS)('with %s', (_name, headers) => {
  it('an article path gets that article’s HTML', async () => {
    const response = await get(AP, headers);
    expect(response.status).toBe(200);
    expect(response.type).toMatch(/text\/html/);
    expect(rendered(response.body)).toBe(AP);
    expect(response.body).toContain('Japan, Vietnam look to cyber defense against China');
  });

  it('home gets the home page', async () => {
    const response = await get('/', headers);
    expect(response.status).toBe(200);
    expect(rendered(response.body)).toBe('/');
  });

  it('an unknown path gets 404.html with status 404', async () => {
    const response = await get('/articles/no-such-article', headers);
    expect(response.status).toBe(404);
    expect(rendered(response.body)).toBe('/404');
    expect(response.body).toContain('Page not found');
    const deeper = await get('/no/such/page', headers);
    expect(deeper.status).toBe(404);
    expect(rendered(deeper.body)).toBe('/404');
  });

  it('an unknown file gets a 404, a known one its bytes', async () => {
    expect((await get('/data/article/no-such-article.json', headers)).status).toBe(404);
    const data = await get('/data/article/japan-vietnam-cyber-defense-ap.json', headers);
    expect(data.status).toBe(200);
    expect(data.type).toMatch(/json/);
  });
});
