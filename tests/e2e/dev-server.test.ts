/**
 * `npm run dev` with content being edited: a change shows at once, a broken file shows the build's
 * report in Vite's error overlay while the server keeps serving, and fixing the file recovers.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';

let browser: Browser;
let server: ViteDevServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'news-versions-dev-'));
  cpSync('content', dir, { recursive: true });
  process.env['CONTENT_DIR'] = dir;
  server = await createServer({
    logLevel: 'silent',
    server: { port: 5190, strictPort: false, host: '127.0.0.1' },
  });
  await server.listen();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await server.close();
  delete process.env['CONTENT_DIR'];
  rmSync(dir, { recursive: true, force: true });
});

describe('dev server with live content', () => {
  it('updates on edit, shows the report in the overlay, and recovers when fixed', async () => {
    const url = server.resolvedUrls?.local[0] ?? '';
    const file = path.join(dir, 'japan-vietnam-defense-scraped-rewrite.md');
    const original = readFileSync(file, 'utf8');
    const { page } = await openPage(browser);
    await page.goto(`${url}articles/japan-vietnam-defense-scraped-rewrite`);
    await page.getByRole('heading', { level: 1, name: 'Scraped rewrite' }).waitFor();

    writeFileSync(
      file,
      original.replace('label: Scraped rewrite', 'label: Scraped rewrite, edited'),
    );
    await page.getByRole('heading', { level: 1, name: 'Scraped rewrite, edited' }).waitFor();

    writeFileSync(
      file,
      original.replace('label: Scraped rewrite', 'tilte: Oops\nlabel: Scraped rewrite'),
    );
    await page.waitForSelector('vite-error-overlay');
    const message = await page.evaluate(
      () =>
        document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('.message')
          ?.textContent ?? '',
    );
    expect(message).toContain('japan-vietnam-defense-scraped-rewrite.md:4:1  tilte: unknown field');
    expect(message).toContain('did you mean "headline"?');

    writeFileSync(file, original);
    await page.waitForFunction(
      () =>
        !document.querySelector('vite-error-overlay') &&
        document.querySelector('h1')?.textContent === 'Scraped rewrite',
    );
  });
});

describe('dev server first paint', () => {
  it('serves /page-start.js built from TypeScript, which applies a saved theme', async () => {
    const url = server.resolvedUrls?.local[0] ?? '';
    const response = await fetch(`${url}page-start.js`);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(await response.text()).not.toMatch(/^\s*import\s/m); // a classic script, bundled
    const { page, errors } = await openPage(browser);
    await page.goto(url);
    await page.evaluate(() =>
      localStorage.setItem(
        'news-versions:reader',
        JSON.stringify({ state: { darkMode: true }, version: 1 }),
      ),
    );
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(errors).toEqual([]);
  });
});
