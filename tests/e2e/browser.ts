/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser). Every page records
 * console errors and uncaught exceptions so each test can assert there were none.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/node/chromium.ts';

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  /** Content Security Policy violations reported in the page so far. */
  violations: () => Promise<string[]>;
}

export async function openPage(
  browser: Browser,
  options: { width?: number; height?: number } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: 'light',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  // A page the site does not have is answered with 404.html and status 404, as it should be;
  // Chromium logs that status for the document itself. Only that line is expected: a 404 for
  // anything the page loads (a chunk, a data module) still counts as an error.
  const notFoundDocuments = new Set<string>();
  page.on('response', (response) => {
    if (response.status() === 404 && response.request().isNavigationRequest())
      notFoundDocuments.add(response.url());
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // …and on such a page, the app asking for the article the address names (`/data/article/
    // no-such-article.json`) is answered 404 too: that is how it learns there is none.
    const { url } = message.location();
    const notFoundDocument =
      / 404 /.test(message.text()) &&
      (notFoundDocuments.has(url) ||
        (notFoundDocuments.has(page.url()) && new URL(url).pathname.startsWith('/data/')));
    if (!notFoundDocument) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // Recorded from the first script of every document, before the site's own code runs.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  // A prerendered page is on screen before its script has run: every load waits until the app
  // is live (`<html data-ready>`), as a reader's click only counts from then on.
  const waitUntilLive = async <T>(loaded: T): Promise<T> => {
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    return loaded;
  };
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => waitUntilLive(await goto(url, options));
  page.reload = async (options) => waitUntilLive(await reload(options));
  const violations = () =>
    page.evaluate(() => [
      ...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []),
    ]);
  return { page, errors, violations };
}

/** The app's own script, which `/page-start.js` requests after the first paint. */
export const APP_SCRIPT = /\/assets\/index-[\w-]+\.js$/;

/**
 * `url` as it is painted before its app has started: the app's script is requested (after the
 * first paint) and never answered. Close its context when done.
 */
export async function openBeforeApp(
  browser: Browser,
  url: string,
  options: { width?: number; height?: number } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: 'light',
  });
  const page = await context.newPage();
  await page.route(APP_SCRIPT, () => undefined);
  const requested = page.waitForRequest(APP_SCRIPT);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await requested;
  return page;
}
