/**
 * Both modes of the comparison stay mounted once the page has settled (compare-view.tsx): a
 * switch shows one and hides the other. What a reader relies on across a switch, and that the
 * hidden one is seen by no one.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launchBrowser, openPage } from './browser.ts';

const base = inject('baseURL');
const URL = '/compare/japan-vietnam-cyber-defense-ap/japan-vietnam-defense-scraped-rewrite';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Opens the seed comparison and waits until the mode not shown is mounted too. */
async function openBoth(page: Page, search = ''): Promise<void> {
  await page.goto(`${base}${URL}${search}`);
  await page.waitForSelector('[data-view="side"] .cmp-s', { state: 'attached' });
  await page.waitForSelector('[data-view="inline"] .cmp-s', { state: 'attached' });
}

const switchTo = (page: Page, mode: 'Inline' | 'Side by side') =>
  page.getByRole('button', { name: mode, exact: true }).click();

/** Where the sticky toolbar and column heads of the view shown end. */
const stickyBottom = (page: Page) =>
  page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll('[data-sticky]:not([hidden] *)')].map(
        (el) => el.getBoundingClientRect().bottom,
      ),
    ),
  );

/** The top of the first element matching `selector` in the view shown. */
const topIn = (page: Page, selector: string) =>
  page.$eval(`.cmp-view:not([hidden]) ${selector}`, (el) => el.getBoundingClientRect().top);

describe('switching modes in Chromium', () => {
  it('keeps the reader’s place and the selection, both ways', async () => {
    const { page, errors } = await openPage(browser, { width: 1440, height: 900 });
    await openBoth(page);
    // The reader reads pair 3 (L2) just below the toolbar, and selects the sentence only the
    // rewrite has below it (R9), on the screen: the selection moves nothing.
    const pair = '[data-pair="2"]';
    await page.$eval('[data-view="side"] [data-sid="L2"]', (el) => el.scrollIntoView());
    const sticky = await stickyBottom(page);
    await page.evaluate(async (offset) => {
      const el = document.querySelector('[data-view="side"] [data-sid="L2"]');
      window.scrollBy(0, (el?.getBoundingClientRect().top ?? 0) - offset);
      await new Promise(requestAnimationFrame);
    }, sticky + 2);
    await page.$eval('[data-view="side"] [data-sid="R9"]', (el) => (el as HTMLElement).click());
    await page.waitForSelector('.cmp-rows [data-sid="R9"].is-selected');
    const before = await topIn(page, pair);
    expect(Math.abs(before - sticky)).toBeLessThan(4);

    await switchTo(page, 'Inline');
    await page.waitForSelector('[data-view="inline"]:not([hidden])');
    await page.waitForSelector('.cmp-inline [data-sid="R9"].is-selected');
    expect(Math.abs((await topIn(page, pair)) - before)).toBeLessThan(3);

    await switchTo(page, 'Side by side');
    await page.waitForSelector('[data-view="side"]:not([hidden])');
    await expect.poll(() => page.locator('.cmp-rows [data-sid="R9"].is-selected').count()).toBe(1);
    // Inline, the sentence found under the toolbar can be the one ending on the same line.
    expect(Math.abs((await topIn(page, pair)) - before)).toBeLessThan(8);
    // Marks only in the view shown; the hidden one's are taken off.
    expect(await page.locator('.cmp-view[hidden] .is-selected').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows only one view to locators, page text and axe', async () => {
    const { page, errors } = await openPage(browser, { width: 1440, height: 900 });
    await openBoth(page);
    // The view not shown is laid out once in idle time after it is mounted (layOutHidden): it
    // still takes no room on the page and shows nowhere.
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const mounted = await height();
    for (let i = 0; i < 3; i++)
      await page.evaluate(
        () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })),
      );
    expect(await height()).toBe(mounted);
    expect(
      await page.locator('.cmp-view[hidden]').evaluate((el) => el.getBoundingClientRect().height),
    ).toBe(0);
    const inline = page.getByRole('region', { name: /Changes inline/ });
    const side = page.getByRole('region', { name: /side by side/ });
    expect(await inline.count()).toBe(0);
    expect(await side.isVisible()).toBe(true);
    // "Before (…)" and "After (…)" label a rewrite inline only.
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(
      'Before (AP original)',
    );
    expect(await axeViolations(page)).toEqual([]);

    await switchTo(page, 'Inline');
    await inline.waitFor();
    expect(await side.count()).toBe(0);
    expect(await page.locator('.cmp-rows').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.body.innerText)).toContain('Before (AP original)');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a link to the other end of a moved pair lands in the view shown', async () => {
    const { page, errors } = await openPage(browser, { width: 1440, height: 900 });
    await openBoth(page, '?mode=inline');
    await switchTo(page, 'Side by side');
    await page.waitForSelector('[data-view="side"]:not([hidden])');
    await page.click('.cmp-rows #row-m4 a');
    await expect
      .poll(() =>
        page.$eval('.cmp-rows #row-p4', (el) => {
          const box = el.getBoundingClientRect();
          return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('#row-p4') !== null)).toBe(
      true,
    );
    // Inline, the two ends of the same pair link each other within the inline text.
    await switchTo(page, 'Inline');
    await page.waitForSelector('[data-view="inline"]:not([hidden])');
    const landsOn = (selector: string) =>
      page.$eval(selector, (el) => {
        const box = el.getBoundingClientRect();
        const focused = document.activeElement;
        return (
          box.height > 0 &&
          box.top >= 0 &&
          box.bottom <= window.innerHeight &&
          focused !== null &&
          (el.contains(focused) || focused.contains(el)) &&
          focused.closest('[hidden]') === null
        );
      });
    await page.click('.cmp-inline #inline-m4 a.cmp-moved-link');
    await expect.poll(() => landsOn('.cmp-inline #inline-p4')).toBe(true);
    await page.click('.cmp-inline #inline-p4 a.cmp-moved-link');
    await expect.poll(() => landsOn('.cmp-inline #inline-m4')).toBe(true);
    expect(errors).toEqual([]);
  });
  it('back and forward step through mode switches, and a page left and come back to keeps its mode', async () => {
    const { page, errors } = await openPage(browser, { width: 1440, height: 900 });
    await openBoth(page);
    const shown = () => page.getAttribute('.cmp-view:not([hidden])', 'data-view');
    await switchTo(page, 'Inline');
    await expect.poll(() => page.url()).toMatch(/\?mode=inline$/);
    expect(await shown()).toBe('inline');
    await page.goBack();
    await expect.poll(() => page.url()).not.toMatch(/mode=/);
    await expect.poll(shown).toBe('side');
    await page.goForward();
    await expect.poll(() => page.url()).toMatch(/\?mode=inline$/);
    await expect.poll(shown).toBe('inline');
    // Leave through a link the router follows, then come back: the mode is the address's.
    await page.getByRole('link', { name: 'All 2 versions' }).first().click();
    await page.waitForURL(/\/stories\//);
    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/\?mode=inline$/);
    await expect.poll(shown).toBe('inline');
    expect(errors).toEqual([]);
  });
});
