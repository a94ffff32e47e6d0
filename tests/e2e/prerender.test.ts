import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';

const base = inject('baseURL');
const AP = '/articles/japan-vietnam-cyber-defense-ap';
const REWRITE = '/articles/japan-vietnam-defense-scraped-rewrite';
const COMPARE = '/compare/japan-vietnam-cyber-defense-ap/japan-vietnam-defense-scraped-rewrite';
const HEADLINE = 'Japan, Vietnam look to cyber defense against China';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The HTML a host sends for a path, as a crawler or a reader without scripts gets it. */
async function served(path: string) {
  const response = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
  const html = await response.text();
  const text = (pattern: RegExp) => pattern.exec(html)?.[1] ?? null;
  const root = text(/<div id="root"[^>]*>([\s\S]*)<\/div>\s*<noscript>/) ?? '';
  return {
    status: response.status,
    title: text(/<title>([^<]*)<\/title>/),
    description: text(/<meta name="description" content="([^"]*)"/),
    prerendered: text(/<div id="root" data-prerendered="([^"]*)"/),
    stylesheets: [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
    // Tags dropped and the few entities React writes decoded: the words a reader sees.
    words: root
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' '),
  };
}

describe('prerendered pages', () => {
  it('every route is served as HTML with its own text, title and description', async () => {
    const home = await served('/');
    expect(home).toMatchObject({ status: 200, title: 'Stories · News Versions', prerendered: '/' });
    expect(home.words).toContain(HEADLINE);
    expect(home.words).toContain('Scraped rewrite');

    const article = await served(AP);
    expect(article).toMatchObject({ status: 200, title: `${HEADLINE} · News Versions` });
    expect(article.description).toMatch(/^Japan and Vietnam/);
    expect(article.words).toContain('Vietnam is the 11th nation');
    expect(article.words).toContain('I pity any country that messes with Vietnam');
    expect(article.words).toContain('0 ( +2 / -2 )');

    const rewrite = await served(REWRITE);
    expect(rewrite.words).toContain('Vietnam is 11NS A country');
    expect(rewrite.words).toContain('This version gives no headline, byline');

    const compare = await served(COMPARE);
    expect(compare.status).toBe(200);
    expect(compare.title).toMatch(/AP original.*Scraped rewrite/);
    expect(compare.words).toContain('Van Van Jung');
    // The comparison view's own stylesheet is linked by the page, not only by its script.
    expect(compare.stylesheets.some((href) => /compare-route/.test(href ?? ''))).toBe(true);

    for (const path of ['/no/such/page', '/articles/no-such-article']) {
      const missing = await served(path);
      expect(missing).toMatchObject({ status: 404, title: 'Not found · News Versions' });
      expect(missing.words).toContain('Page not found');
    }
  });

  it('with JavaScript off, home, articles and comments are readable and links work', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    // Home's story title leads to the story's timeline, its versions to each version.
    await page.getByRole('link', { name: HEADLINE }).click();
    await page.getByRole('heading', { level: 1, name: HEADLINE }).waitFor();
    expect(page.url()).toBe(`${base}/stories/japan-vietnam-cyber-space-pact-2021`);
    await page.getByRole('link', { name: 'AP original', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: HEADLINE }).waitFor();
    expect(page.url()).toBe(`${base}${AP}`);
    const comments = page.locator('#comments');
    expect(await comments.getByRole('heading', { level: 2 }).innerText()).toBe('5 comments');
    expect(await comments.innerText()).toContain('I pity any country that messes with Vietnam');
    await page.getByRole('link', { name: 'Scraped rewrite', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Scraped rewrite' }).waitFor();
    expect(await page.locator('article').first().innerText()).toContain('Kyodo News..');
    await page
      .getByRole('link', { name: /compare/i })
      .first()
      .click();
    await page.waitForURL(/\/compare\//);
    expect(await page.locator('main').innerText()).toContain('Van Van Jung');
    expect(await page.locator('noscript').first().textContent()).toMatch(/JavaScript is off/);
    await context.close();
  });

  it('hydrates each page in place: the served HTML is kept and nothing is reported', async () => {
    const { page, errors } = await openPage(browser);
    // Counts nodes taken out of #root itself: a mismatch makes React throw the HTML away.
    await page.addInitScript(() => {
      const state = { removed: 0 };
      (window as unknown as { __root: typeof state }).__root = state;
      new MutationObserver((records) => {
        const root = document.getElementById('root');
        if (!root) return;
        for (const record of records)
          if (record.target === root) state.removed += record.removedNodes.length;
      }).observe(document, { childList: true, subtree: true });
    });
    const pages = [
      ['/', 'Stories'],
      [AP, HEADLINE],
      [`${AP}#comment-4`, HEADLINE],
      [REWRITE, 'Scraped rewrite'],
      [COMPARE, 'AP original'],
      [`${COMPARE}?mode=inline#pair-7`, 'AP original'],
    ] as const;
    for (const [path, heading] of pages) {
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
      // Hydration done: the app reacts (the settings button opens its menu).
      const settings = page.getByRole('button', { name: 'Reading settings' });
      await settings.click();
      expect(await settings.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('Escape');
      const removed = await page.evaluate(
        () => (window as unknown as { __root: { removed: number } }).__root.removed,
      );
      expect(`${path}: ${removed} removed`).toBe(`${path}: 0 removed`);
    }
    // The saved state the HTML could not know arrives right after hydration.
    await page.goto(`${base}${AP}#comment-4`);
    await expect
      .poll(() => page.locator('#comment-4').evaluate((el) => el.classList.contains('is-target')))
      .toBe(true);
    await page.goto(`${base}${COMPARE}?mode=inline#pair-7`);
    await expect.poll(() => page.locator('.cmp-s.is-selected').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('a page paints its text before any of its scripts or data is requested, then goes live', async () => {
    const { page, errors } = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    for (const path of ['/', AP, COMPARE]) {
      requested.length = 0;
      const html = await (await fetch(`${base}${path}`)).text();
      // The HTML links no script but the one that applies settings and starts the app.
      expect([...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual([
        '/page-start.js',
      ]);
      expect(html).not.toMatch(/rel="(modulepreload|preload)"/);
      await page.goto(`${base}${path}`);
      const firstPaint = await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      );
      const firstRequest = await page.evaluate(() =>
        Math.min(
          ...performance
            .getEntriesByType('resource')
            .filter((entry) => /\/(assets\/.*\.js|data\/)/.test(entry.name))
            .map((entry) => entry.startTime),
        ),
      );
      // Scripts and data come after the first paint of the text, and all of them arrive.
      expect(firstRequest).toBeGreaterThan(firstPaint);
      expect(requested).toEqual(
        expect.arrayContaining([expect.stringMatching(/^\/assets\/index-.*\.js$/)]),
      );
      expect(await page.locator('html[data-ready]').count()).toBe(1);
    }
    expect(errors).toEqual([]);
  });

  it('a page goes live even where the browser never reports its first paint', async () => {
    const { page, errors } = await openPage(browser);
    await page.addInitScript(() => {
      // A browser without paint timing: observers are accepted and never called.
      window.PerformanceObserver = class {
        observe() {}
        disconnect() {}
      } as unknown as typeof PerformanceObserver;
    });
    await page.goto(`${base}${AP}`);
    expect(await page.locator('html[data-ready]').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
