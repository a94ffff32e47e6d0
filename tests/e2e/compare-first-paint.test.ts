/**
 * A comparison is prerendered side by side; a link may ask for another view (`?mode=inline`).
 * On a hard load of such a link the reader never sees the prerendered text the address did not
 * ask for: the first script marks the page, the text waits out of view under one line until the
 * app has drawn the view asked for (compare-query.ts, compare.css). Issue 15.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { VIEW_ASKED_WAIT_MS } from '../../src/app/page-start/first-paint.ts';
import { VIEW_ASKED } from '../../src/features/comparison/compare-query.ts';
import { axeViolations } from './axe.ts';
import { APP_SCRIPT, launchBrowser, openBeforeApp, openPage } from './browser.ts';

const base = inject('baseURL');
const URL = '/compare/japan-vietnam-cyber-defense-ap/japan-vietnam-defense-scraped-rewrite';
const STORY = '/stories/japan-vietnam-cyber-space-pact-2021';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The comparison at `path` before its app has started; a phone's width by default. */
const beforeTheApp = (path: string, width = 390) =>
  openBeforeApp(browser, `${base}${path}`, { width });

const sentences = (page: Page, view: 'side' | 'inline') =>
  page.locator(`[data-view="${view}"] .cmp-s`);
const asked = (page: Page) =>
  page.evaluate((name) => document.documentElement.getAttribute(name), VIEW_ASKED);
/** The line shown in place of the text (`none` when there is none). */
const opening = (page: Page) =>
  page.$eval('.cmp-main', (el) => getComputedStyle(el, '::before').content);

describe('a hard load of a comparison link that asks for another view', () => {
  it('paints no side-by-side text before the app, only that the view asked for is opening', async () => {
    for (const width of [390, 1440]) {
      const page = await beforeTheApp(`${URL}?mode=inline`, width);
      expect(await asked(page)).toBe('mode=inline');
      // The prerendered text is there, but not to be seen (nor to a screen reader).
      expect(await sentences(page, 'side').count()).toBeGreaterThan(20);
      expect(await page.locator('.cmp-main .cmp-s:visible').count()).toBe(0);
      expect(await page.getByRole('region', { name: /side by side/ }).count()).toBe(0);
      expect(await opening(page)).toBe('"Opening the inline view…"');
      // What does not depend on the view stays: the headline, the verdict, the toolbar.
      await page.getByRole('heading', { level: 1, name: /Japan, Vietnam/ }).waitFor();
      expect(await page.getByText('23% similar').first().isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Inline', exact: true }).isVisible()).toBe(
        width > 400,
      );
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('keeps the text out of view for a view the page may not have drawn, and only then', async () => {
    // The seed comparison is drawn unfolded, and it has nothing "changes only" would fold and no
    // minor change to hide: those two links show the page as built.
    const cases = [
      ['?changes=only', 'changes=only', false],
      ['?minor=hide', 'minor=hide', false],
      ['?order=right', 'order=right', true],
      ['?changes=all', 'changes=all', false],
      ['?mode=side&only=name#pair-7', null, false],
      ['', null, false],
    ] as const;
    for (const [search, mark, hidden] of cases) {
      const page = await beforeTheApp(`${URL}${search}`);
      expect(`${search}: ${String(await asked(page))}`).toBe(`${search}: ${String(mark)}`);
      const visible = await page.locator('.cmp-main .cmp-s:visible').count();
      expect(`${search}: ${hidden ? 'hidden' : 'shown'}`).toBe(
        `${search}: ${visible === 0 ? 'hidden' : 'shown'}`,
      );
      expect(await opening(page)).toBe(hidden ? '"Opening the view this link asks for…"' : 'none');
      await page.context().close();
    }
  });

  it('keeps the text out of view for changes only or hiding minor changes when they would change it', async () => {
    for (const [search, attribute] of [
      ['?changes=only', 'data-folds'],
      ['?minor=hide', 'data-minor'],
    ] as const) {
      const page = await beforeTheApp(`${URL}${search}`);
      expect(await page.locator('.cmp-main .cmp-s:visible').count()).toBeGreaterThan(0);
      // As a comparison with something to fold, or with minor changes, is built: no attribute.
      await page.$eval('.cmp-main', (el, name) => el.removeAttribute(name), attribute);
      expect(`${search}: ${await page.locator('.cmp-main .cmp-s:visible').count()}`).toBe(
        `${search}: 0`,
      );
      expect(await opening(page)).toBe('"Opening the view this link asks for…"');
      await page.context().close();
    }
  });

  it('leaves a story page’s text alone whatever its query says', async () => {
    const page = await beforeTheApp(`${STORY}?mode=inline`);
    await page.getByRole('heading', { level: 1, name: /Japan, Vietnam/ }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Scraped rewrite');
    expect(
      await page.$$eval('main *', (els) =>
        els.some((el) => getComputedStyle(el).visibility === 'hidden'),
      ),
    ).toBe(false);
    await page.context().close();
  });

  it('with the app, shows the inline view in place of the line, never the side-by-side text, and nothing shifts', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 900 });
    await page.addInitScript((mark) => {
      // Every frame until the app is live and has drawn the view asked for: was any
      // side-by-side sentence on screen?
      const seen = { frames: 0, side: false, shift: 0 };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
          seen.shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      const frame = () => {
        seen.frames += 1;
        for (const el of document.querySelectorAll('[data-view="side"] .cmp-s')) {
          const box = el.getBoundingClientRect();
          const onScreen = box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
          if (onScreen && !el.closest('[hidden]') && getComputedStyle(el).visibility === 'visible')
            seen.side = true;
        }
        const root = document.documentElement;
        if (root.hasAttribute('data-ready') && !root.hasAttribute(mark)) return;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }, VIEW_ASKED);
    await page.goto(`${base}${URL}?mode=inline`);
    await expect.poll(() => asked(page)).toBe(null);
    expect(await sentences(page, 'inline').first().isVisible()).toBe(true);
    expect(await opening(page)).toBe('none');
    const seen = await page.evaluate(
      () =>
        (window as unknown as { __seen: { frames: number; side: boolean; shift: number } }).__seen,
    );
    expect(seen.frames).toBeGreaterThan(1);
    expect(seen.side).toBe(false);
    expect(seen.shift).toBeLessThan(0.01);
    expect(errors).toEqual([]);
  });

  it('shows the prerendered text, rather than none, when the app’s script fails', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    // The fallback timer is kept from firing: the script's failure alone shows the text.
    await page.addInitScript((wait) => {
      const later = window.setTimeout.bind(window);
      window.setTimeout = ((run: () => void, ms?: number) =>
        ms === wait ? 0 : later(run, ms)) as typeof window.setTimeout;
    }, VIEW_ASKED_WAIT_MS);
    await page.route(APP_SCRIPT, (route) => route.abort());
    const failed = page.waitForEvent('requestfailed', (r) => APP_SCRIPT.test(r.url()));
    await page.goto(`${base}${URL}?mode=inline`, { waitUntil: 'domcontentloaded' });
    await failed;
    await expect.poll(() => asked(page)).toBe(null);
    expect(await sentences(page, 'side').first().isVisible()).toBe(true);
    expect(await opening(page)).toBe('none');
    await context.close();
  });
});
