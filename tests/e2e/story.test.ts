/**
 * A story of six versions (tests/fixtures/story), built and served on its own: the timeline,
 * stepping and picking versions above a comparison, a pair the build left to the browser, the
 * Atom feed read with a real XML parser, and "Download as HTML" opened from disk with scripts off.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { serveBuiltSite } from './production-build.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';

const OUT_DIR = 'test-results/story-site';
const STORY = '/stories/millbrook-river-flood';
const id = (name: string) => `millbrook-flood-${name}`;
const compare = (a: string, b: string) => `/compare/${id(a)}/${id(b)}`;
let browser: Browser;
let server: PreviewServer;
let base: string;

beforeAll(async () => {
  ({ server, base } = await serveBuiltSite({
    env: { CONTENT_DIR: 'tests/fixtures/story', SITE_ORIGIN: 'https://news.example' },
    outDir: OUT_DIR,
    port: 4186,
  }));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a story of six versions in Chromium', () => {
  it('home links the story to its timeline, which lists every step', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/`);
    await page.getByText('6 versions · updated Mar 15, 2026').waitFor();
    await page
      .getByRole('link', { name: 'Millbrook evacuates 1,200 as Alder River tops levee' })
      .click();
    await page.getByRole('heading', { level: 1, name: /Millbrook evacuates/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe(STORY);
    const steps = page.getByRole('list', { name: 'Versions, oldest first' }).getByRole('listitem');
    expect(await steps.count()).toBe(6);
    expect(await steps.locator('h2').allInnerTexts()).toEqual([
      'First report',
      'Morning update',
      'Corrected',
      'Evening update',
      'Regional rewrite',
      'Scraped copy',
    ]);
    // The headline shows where it changed: first, the evening update, the scraped copy.
    expect(await steps.nth(3).innerText()).toContain('NEW HEADLINE');
    expect(await steps.nth(2).innerText()).not.toContain('HEADLINE');
    // A step's share is worded apart from the comparison's "N% similar" (another measure);
    // a side with no words changed is left out rather than shown as "−0".
    expect(await steps.nth(1).innerText()).toMatch(
      /\+\d+ words added · \d+% in common with First report/,
    );
    expect(await steps.nth(1).innerText()).not.toMatch(/similar/);
    expect(await page.locator('.drift-chart circle').count()).toBe(6);
    await steps.nth(2).getByRole('link', { name: 'What changed since Morning update' }).click();
    await page
      .getByRole('heading', { level: 1, name: /Comparing Morning update and Corrected/ })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe(compare('morning-update', 'correction'));
    expect(errors).toEqual([]);
  });

  it('steps to the next and previous pair with ] and [, and picks a version per side', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}${compare('morning-update', 'correction')}`);
    const heading = page.getByRole('heading', { level: 1 });
    await page.keyboard.press(']');
    await page.getByRole('heading', { level: 1, name: /Corrected and Evening update/ }).waitFor();
    await page.keyboard.press('[');
    await page.getByRole('heading', { level: 1, name: /Morning update and Corrected/ }).waitFor();
    await page.keyboard.press('[');
    await page
      .getByRole('heading', { level: 1, name: /First report and Morning update/ })
      .waitFor();
    // No pair before the first: the key does nothing, the link is disabled.
    await page.keyboard.press('[');
    expect(await heading.innerText()).toMatch(/First report and Morning update/);
    const previous = page.locator('[aria-disabled]', { hasText: 'Previous pair' });
    expect(await previous.getAttribute('aria-disabled')).toBe('true');
    // The comparison view's own keys still belong to it.
    await page.keyboard.press('n');
    expect(await heading.innerText()).toMatch(/First report and Morning update/);
    await page.getByRole('link', { name: /Next pair/ }).click();
    await page.getByRole('heading', { level: 1, name: /Morning update and Corrected/ }).waitFor();
    await page.getByRole('combobox', { name: 'Right' }).selectOption(id('regional-rewrite'));
    await page
      .getByRole('heading', { level: 1, name: /Morning update and Regional rewrite/ })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe(compare('morning-update', 'regional-rewrite'));
    expect(errors).toEqual([]);
  });

  it('computes a pair the build left out in the browser, loading the aligner only then', async () => {
    const { page, errors } = await openPage(browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${base}${compare('first-report', 'correction')}`);
    await page.getByRole('heading', { level: 1, name: /First report and Corrected/ }).waitFor();
    expect(scripts.some((s) => s.includes('compute-comparison'))).toBe(false);
    // Corrected → Regional rewrite (3 → 5) is not precomputed: the page is the shell.
    await page.getByRole('combobox', { name: 'Right' }).selectOption(id('regional-rewrite'));
    await page
      .getByRole('heading', { level: 1, name: /First report and Regional rewrite/ })
      .waitFor();
    await page.getByRole('combobox', { name: 'Left' }).selectOption(id('correction'));
    await page.getByRole('heading', { level: 1, name: /Corrected and Regional rewrite/ }).waitFor();
    expect(scripts.some((s) => s.includes('compute-comparison'))).toBe(true);
    expect(
      await page
        .getByText(/\d+% similar/)
        .first()
        .isVisible(),
    ).toBe(true);
    // Opened directly, it renders from the shell the same way.
    await page.goto(`${base}${compare('correction', 'regional-rewrite')}`);
    await page.getByRole('heading', { level: 1, name: /Corrected and Regional rewrite/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it('writes a valid Atom feed, newest version first, linked from every page', async () => {
    const response = await fetch(`${base}/feed.xml`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    // Read with Chromium's own XML parser (DOMParser), as a feed reader would.
    const { page } = await openPage(browser);
    await page.goto(`${base}/`);
    const feed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      const root = doc.documentElement;
      const child = (parent: Element, name: string) =>
        [...parent.children].find((c) => c.localName === name);
      const entries = [...root.children].filter((c) => c.localName === 'entry');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        namespace: root.namespaceURI,
        name: root.localName,
        head: ['id', 'title', 'updated', 'author'].map((n) => Boolean(child(root, n)?.textContent)),
        entries: entries.map((e) => ({
          required: ['id', 'title', 'updated'].map((n) => Boolean(child(e, n)?.textContent)),
          title: child(e, 'title')?.textContent ?? '',
          updated: child(e, 'updated')?.textContent ?? '',
          alternate:
            [...e.children]
              .find((c) => c.localName === 'link' && c.getAttribute('rel') === 'alternate')
              ?.getAttribute('href') ?? '',
        })),
      };
    }, xml);
    expect(feed).toMatchObject({
      errors: 0,
      namespace: 'http://www.w3.org/2005/Atom',
      name: 'feed',
      head: [true, true, true, true],
    });
    // Five dated versions; the undated copy has no date for Atom's required <updated>.
    expect(feed.entries).toHaveLength(5);
    for (const entry of feed.entries) expect(entry.required).toEqual([true, true, true]);
    const updated = feed.entries.map((e) => e.updated);
    expect([...updated].sort().reverse()).toEqual(updated);
    expect(feed.entries[0]?.title).toContain('Regional rewrite');
    expect(feed.entries[0]?.alternate).toBe(
      `https://news.example${compare('evening-update', 'regional-rewrite')}`,
    );
    for (const route of [
      '/',
      STORY,
      compare('first-report', 'correction'),
      compare('correction', 'regional-rewrite'),
      '/no/such/page',
    ]) {
      await page.goto(`${base}${route}`);
      expect(
        await page
          .locator('head link[rel="alternate"][type="application/atom+xml"]')
          .getAttribute('href'),
      ).toBe('/feed.xml');
    }
  });

  it('downloads the comparison as one HTML file that reads from disk with scripts off', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}${compare('morning-update', 'correction')}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as HTML' }).click(),
    ]);
    const dir = mkdtempSync(path.join(tmpdir(), 'news-versions-download-'));
    try {
      const file = path.join(dir, download.suggestedFilename());
      await download.saveAs(file);
      const html = readFileSync(file, 'utf8');
      expect(html).not.toMatch(/<script|\son\w+=/i);
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const offline = await context.newPage();
      const failed: string[] = [];
      offline.on('requestfailed', (request) => failed.push(request.url()));
      await offline.goto(pathToFileURL(file).href);
      const text = await offline.locator('body').innerText();
      expect(text).toContain('Comparing Morning update and Corrected');
      expect(text).toContain('Dana Whitlock');
      expect(text).toContain('Findings');
      expect(text).not.toContain('Download as HTML');
      // The whole text, as on paper: the two unchanged opening paragraphs are not folded away…
      expect(text).toContain('Residents of low-lying streets in Millbrook were told to leave');
      expect(text).not.toMatch(/unchanged paragraphs/);
      // …and no control that needs a script (toolbar, stepper, swap links) is left to click.
      expect(await offline.locator('button, select, input').count()).toBe(0);
      expect(text).not.toContain('Swap sides');
      // Styled by the inlined stylesheets: the page's font, not the browser's default.
      const family = await offline.locator('body').evaluate((b) => getComputedStyle(b).fontFamily);
      expect(family).toContain('system-ui');
      // Links back to the site are absolute, in-page anchors stay.
      const hrefs = await offline
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((h) => h.startsWith('/'))).toEqual([]);
      expect(failed).toEqual([]);
      await context.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(errors).toEqual([]);
  });
});
