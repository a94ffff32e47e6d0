/**
 * Search in Chromium on the production build: the header's box on every page, the static index
 * fetched only once the reader starts searching, results that link to articles with the matched
 * words marked, under the site's strict policy, and an honest page without JavaScript. A larger
 * generated archive is searched across every story.
 */
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateContent } from '../../scripts/generate-content.ts';
import { STORIES_PER_BUCKET } from '../../src/node/search-buckets.ts';
import { SEARCH_DIR, TABLE_FILE } from '../../src/domain/search-index.ts';
import { axeViolations } from './axe.ts';
import { launchBrowser, openPage } from './browser.ts';
import { serveBuiltSite } from './production-build.ts';

const base = inject('baseURL');
const AP = '/articles/japan-vietnam-cyber-defense-ap';
const HEADLINE = 'Japan, Vietnam look to cyber defense against China';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const TABLE = `/${SEARCH_DIR}/${TABLE_FILE}`;
const isSearchFile = (url: string) =>
  url.includes(`/${SEARCH_DIR}/`) || /\/assets\/(search|use-search)/.test(url);

describe('search in Chromium', () => {
  it('loads nothing of search until the reader focuses the box, then finds and marks words', async () => {
    const { page, errors, violations } = await openPage(browser);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto(`${base}${AP}`, { waitUntil: 'networkidle' });
    await page.locator('html[data-ready]').waitFor();
    expect(fetched.filter(isSearchFile)).toEqual([]);

    await page.getByRole('searchbox', { name: 'Search stories' }).fill('cybersecurity');
    const hits = page.locator('.search-panel .search-hits li');
    await hits.first().waitFor();
    expect(fetched.some((url) => url.endsWith(TABLE))).toBe(true);
    expect(await page.locator('.search-panel [role="status"]').innerText()).toBe(
      '2 articles match “cybersecurity”.',
    );
    const marks = await page.locator('.search-panel mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => /cybersecurity/i.test(mark))).toBe(true);
    // The navigation and the comments are not indexed: a word only in the site's header finds nothing.
    await page.getByRole('searchbox', { name: 'Search stories' }).fill('Stories');
    await page.locator('.search-panel [role="status"]', { hasText: 'No article' }).waitFor();

    // Nor are the paragraphs' "¶" links: an excerpt across two paragraphs reads as text.
    await page.getByRole('searchbox', { name: 'Search stories' }).fill('Vietnam defense');
    await page.locator('.search-panel [role="status"]', { hasText: '“Vietnam defense”' }).waitFor();
    const excerpts = await page.locator('.search-panel .search-hits li').allInnerTexts();
    expect(excerpts.length).toBe(2);
    expect(excerpts.join('\n')).not.toContain('¶');

    await page.getByRole('searchbox', { name: 'Search stories' }).fill('Giang');
    await page.locator('.search-panel a', { hasText: HEADLINE }).click();
    await page.waitForURL(`${base}${AP}`);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens the search page with every result on Enter, and it passes axe', async () => {
    const { page, errors } = await openPage(browser, { width: 390 });
    await page.goto(`${base}/`);
    await page.locator('html[data-ready]').waitFor();
    const box = page.getByRole('searchbox', { name: 'Search stories' });
    await box.fill('Japan Vietnam');
    await box.press('Enter');
    await page.waitForURL(`${base}/search?q=Japan%20Vietnam`);
    await page.locator('.search-page .search-hits li').first().waitFor();
    expect(await page.locator('.search-page .search-hits li').count()).toBe(2);
    expect(await page.title()).toBe('Search: Japan Vietnam · News Versions');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the search page without a query loads no index until one is given', async () => {
    const { page, errors } = await openPage(browser);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto(`${base}/search`, { waitUntil: 'networkidle' });
    await page.locator('html[data-ready]').waitFor();
    expect(fetched.filter((url) => url.includes(`/${SEARCH_DIR}/`))).toEqual([]);
    await page.getByRole('searchbox', { name: 'Words to find' }).fill('Kishi');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(`${base}/search?q=Kishi`);
    await page.locator('.search-page .search-hits li').first().waitFor();
    expect(fetched.some((url) => url.endsWith(TABLE))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('without JavaScript, the box submits to a search page that says search needs it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}${AP}`);
    await page.getByRole('searchbox', { name: 'Search stories' }).fill('cyber');
    await Promise.all([page.waitForURL(/\/search\?q=cyber$/), page.keyboard.press('Enter')]);
    expect(await page.locator('main').innerText()).toContain('Search needs JavaScript');
    await context.close();
  });

  it('needs nothing added to the strict policy: scripts from the site only, no eval', async () => {
    const response = await fetch(`${base}/search`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self';");
  });
});

describe('search across a larger archive', () => {
  const CONTENT_DIR = 'test-results/search-buckets-content';
  // More stories than one cache bucket of the search step holds: the index is still one.
  const STORIES = STORIES_PER_BUCKET + 20;
  let server: PreviewServer;
  let archive: string;
  beforeAll(async () => {
    generateContent(CONTENT_DIR, STORIES);
    ({ server, base: archive } = await serveBuiltSite({
      env: { CONTENT_DIR },
      outDir: 'test-results/search-buckets-site',
      port: 4632,
    }));
  }, 600_000);
  afterAll(async () => {
    await server?.close();
    rmSync(CONTENT_DIR, { recursive: true, force: true });
  });

  it('finds a word in every story, and a name in some, fetching a few small files', async () => {
    const { page, errors } = await openPage(browser);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${archive}/articles/generated-story-1-ap`);
    await page.locator('html[data-ready]').waitFor();
    const box = page.getByRole('searchbox', { name: 'Search stories' });
    const status = page.locator('.search-panel [role="status"]');
    // Two versions of each story, every one with the word: only all buckets together hold them.
    await box.fill('cybersecurity');
    await status
      .filter({ hasText: `${(STORIES * 2).toLocaleString('en')} articles match` })
      .waitFor();
    expect(fetched).toContain(TABLE);
    // The table, one words file for the word, one file of article ids: and the hits' own data.
    expect(fetched.filter((url) => url.startsWith(`/${SEARCH_DIR}/`)).length).toBeLessThanOrEqual(
      4,
    );
    // A name in one story of ten (scripts/generate-content.ts), each a link to its article.
    await box.fill('Tanaka');
    await status.filter({ hasText: '“Tanaka”' }).waitFor();
    const links = await page
      .locator('.search-panel .search-hits a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => /^\/articles\/generated-story-\d+-\w+$/.test(href ?? ''))).toBe(
      true,
    );
    expect(errors).toEqual([]);
  });
});
