/**
 * Search in Chromium on the production build: the header's box on every page, Pagefind's index
 * fetched only once the reader starts searching, results that link to articles with the matched
 * words marked, under the site's strict policy (plus 'wasm-unsafe-eval' for Pagefind), and an
 * honest page without JavaScript.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launchBrowser, openPage } from './browser.ts';

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

const isSearchFile = (url: string) => /\/pagefind\/|\/assets\/(search|use-search)/.test(url);

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
    expect(fetched.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(await page.locator('.search-panel [role="status"]').innerText()).toBe(
      '2 articles match “cybersecurity”.',
    );
    const marks = await page.locator('.search-panel mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => /cybersecurity/i.test(mark))).toBe(true);
    // The navigation and the comments are not indexed: a word only in the site's header finds nothing.
    await page.getByRole('searchbox', { name: 'Search stories' }).fill('Stories');
    await page.locator('.search-panel [role="status"]', { hasText: 'No article' }).waitFor();

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
    expect(fetched.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.getByRole('searchbox', { name: 'Words to find' }).fill('Kishi');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(`${base}/search?q=Kishi`);
    await page.locator('.search-page .search-hits li').first().waitFor();
    expect(fetched.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
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

  it('serves the policy with wasm-unsafe-eval and nothing else added to script-src', async () => {
    const response = await fetch(`${base}/search`);
    expect(response.headers.get('content-security-policy')).toContain(
      "script-src 'self' 'wasm-unsafe-eval';",
    );
  });
});
