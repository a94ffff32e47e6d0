import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { axeViolations } from './axe.ts';

const base = inject('baseURL');
const URL = '/compare/japan-vietnam-cyber-defense-ap/japan-vietnam-defense-scraped-rewrite';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Is the element inside the visible part of its scrolling column? */
function visibleInPane(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    const pane = el.closest('[data-scroll]') ?? document.documentElement;
    const a = el.getBoundingClientRect();
    const b =
      pane === document.documentElement
        ? { top: 0, bottom: innerHeight }
        : pane.getBoundingClientRect();
    return a.bottom > b.top && a.top < b.bottom && a.height > 0;
  });
}

describe('comparison in Chromium', () => {
  it('opens from home; hovering a sentence highlights its counterpart and brings it into view', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: /Compare AP original with Scraped rewrite/ }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Comparing AP original and Scraped rewrite' })
      .waitFor();

    // Scroll the left column to the end, hover the last sentence: its counterpart lights up.
    await page.$eval('[data-scroll="left"]', (el) => el.scrollTo({ top: el.scrollHeight }));
    await page.hover('[data-sid="L13"]');
    await expect
      .poll(() => page.$eval('[data-sid="R18"]', (el) => el.classList.contains('is-linked')))
      .toBe(true);
    await expect.poll(() => visibleInPane(page, '[data-sid="R18"]')).toBe(true);
    // Hovering a sentence near the top, whose counterpart is now out of view, brings it back.
    await page.$eval('[data-scroll="right"]', (el) => el.scrollTo({ top: el.scrollHeight }));
    await page.$eval('[data-scroll="left"]', (el) => el.scrollTo({ top: 0 }));
    await page.hover('[data-sid="L1"]');
    await expect.poll(() => visibleInPane(page, '[data-sid="R6"]')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('keyboard: focusing a sentence reveals its counterpart, Enter selects it, n moves on', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}${URL}`);
    await page.focus('[data-sid="L12"]');
    await expect
      .poll(() => page.$eval('[data-sid="R17"]', (el) => el.classList.contains('is-linked')))
      .toBe(true);
    expect(await visibleInPane(page, '[data-sid="R17"]')).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#pair-7$/);
    await page.keyboard.press('n');
    await expect.poll(() => page.url()).toMatch(/#pair-8$/);
    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/#pair-7$/);
    expect(errors).toEqual([]);
  });

  it('a finding’s link survives a hard reload and shows the finding in both columns', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}${URL}#finding-5`);
    await page.waitForSelector('[data-sid="L12"].is-selected');
    expect(await page.$eval('[data-sid="R17"]', (el) => el.classList.contains('is-selected'))).toBe(
      true,
    );
    // The columns move one per frame (see revealInPanes).
    await expect.poll(() => visibleInPane(page, '[data-sid="L12"]')).toBe(true);
    await expect.poll(() => visibleInPane(page, '[data-sid="R17"]')).toBe(true);
    expect(await page.getByRole('link', { name: /11th.*11NS/ }).getAttribute('aria-current')).toBe(
      'true',
    );
    expect(errors).toEqual([]);
  });

  it('at 390 px the versions become tabs, nothing scrolls sideways, and a chosen sentence shows its counterpart', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${base}${URL}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(await page.isVisible('[data-side="right"]')).toBe(false);
    await page.click('[data-sid="L2"]');
    const card = page.getByRole('complementary', { name: 'Counterpart in Scraped rewrite' });
    await card.waitFor();
    expect(await card.innerText()).toContain('Van Van Jung');
    await card.getByRole('button', { name: 'Show in Scraped rewrite' }).click();
    expect(await page.isVisible('[data-sid="R8"]')).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(errors).toEqual([]);
  });

  it('has no axe violations in either mode', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${base}${URL}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${base}${URL}?mode=inline`);
    await page.getByRole('region', { name: /Changes inline/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
