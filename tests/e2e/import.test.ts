/**
 * Round trip: a saved page imported into an empty content folder, the site built from that
 * folder, and the article page read in Chromium as a reader gets it.
 */
import { mkdirSync, rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { serveBuiltSite } from './production-build.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importVersion } from '../../src/node/import/import-version.ts';
import { launchBrowser, openPage } from './browser.ts';

const CONTENT = 'test-results/import-content';
const SITE = 'test-results/import-site';
let browser: Browser;
let server: PreviewServer;
let base = '';
let id = '';

beforeAll(async () => {
  rmSync(CONTENT, { recursive: true, force: true });
  mkdirSync(CONTENT, { recursive: true });
  const result = await importVersion('tests/fixtures/import/cms-jsonld.html', { out: CONTENT }, []);
  if (!result.ok) throw new Error(result.reason);
  id = result.id;
  ({ server, base } = await serveBuiltSite({
    env: { CONTENT_DIR: CONTENT },
    outDir: SITE,
    port: 4190,
  }));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('import, build, read', () => {
  it('shows the imported headline, byline, date, photo caption and body, and nothing of the page around it', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/articles/${id}/`);
    await page
      .getByRole('heading', { level: 1, name: 'Harbour bridge to close for six months of repairs' })
      .waitFor();
    const article = await page.locator('article').first().innerText();
    expect(article).toContain('By Priya Raman and Tom Ellery');
    expect(article).toContain('Mar 5, 2024');
    expect(article).toContain('The harbour bridge at dusk, seen from the ferry terminal.');
    expect(article).toContain('The harbour bridge will close to all traffic for six months');
    expect(article).toContain('Businesses fear a quiet summer');
    for (const furniture of ['Advertisement', 'Share on X', 'About time', 'All rights reserved'])
      expect(article).not.toContain(furniture);
    expect(
      await page.locator('article a[href="https://coastalherald.example/support-fund"]').count(),
    ).toBe(1);
    expect(
      await page.locator('article a[href^="javascript:"], article script, article iframe').count(),
    ).toBe(0);
    expect(errors).toEqual([]);
  });
});
