import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { serveBuiltSite } from './production-build.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { axeViolations } from './axe.ts';

const base = inject('baseURL');
const URL = '/compare/japan-vietnam-cyber-defense-ap/japan-vietnam-defense-scraped-rewrite';
const LONG = '/compare/marlow-bay-wall-wire/marlow-bay-wall-updated';
let browser: Browser;
let long: PreviewServer;
let longBase = '';

beforeAll(async () => {
  browser = await launchBrowser();
  // The long, lightly edited fixture story, built as its own site.
  ({ server: long, base: longBase } = await serveBuiltSite({
    env: { CONTENT_DIR: 'tests/fixtures/long-story' },
    outDir: 'test-results/long-story-site',
    port: 4183,
  }));
}, 120_000);
afterAll(async () => {
  await browser.close();
  await long.close();
});

/** The top of an element in the window. */
const top = (page: Page, selector: string) =>
  page.$eval(selector, (el) => el.getBoundingClientRect().top);

/** Is the element inside the window, below the sticky toolbar and column heads? */
function inView(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    const sticky = Math.max(
      0,
      ...[...document.querySelectorAll('[data-sticky]')].map(
        (s) => s.getBoundingClientRect().bottom,
      ),
    );
    const a = el.getBoundingClientRect();
    return a.top >= sticky - 1 && a.bottom <= innerHeight && a.height > 0;
  });
}

describe('comparison in Chromium', () => {
  it('the page scrolls, not boxes inside it; the toolbar and column heads stay on screen', async () => {
    const { page, errors } = await openPage(browser, { width: 1440, height: 900 });
    await page.goto(`${base}${URL}`);
    await page.waitForSelector('.cmp-row');
    const boxes = await page.$$eval('.cmp-main, .cmp-main *', (els) =>
      els
        .filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowY))
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(boxes).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(2700);
    await page.evaluate(() => window.scrollTo(0, 2000));
    expect(Math.round(await top(page, '.cmp-toolbar'))).toBe(0);
    expect(await page.isVisible('.cmp-toolbar >> text=25 changes')).toBe(true);
    const toolbar = await page.$eval('.cmp-toolbar', (el) => el.getBoundingClientRect().bottom);
    expect(Math.abs((await top(page, '.cmp-heads')) - toolbar)).toBeLessThan(2);
    // The two columns share the page's width: no empty column beside them.
    const width = (selector: string) => page.$eval(selector, (el) => el.clientWidth);
    expect(await width('.cmp-rows')).toBeGreaterThan((await width('.cmp-toolbar')) - 2);
    expect(errors).toEqual([]);
  });

  it('pairs stand level; hovering a sentence highlights its counterpart beside it', async () => {
    const { page, errors } = await openPage(browser, { width: 1440, height: 900 });
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: /Compare AP original with Scraped rewrite/ }).click();
    await page.waitForSelector('[data-sid="L13"]');
    // Pair 3: "Kishi said talks …" and "The meeting with Van Van Jung …".
    for (const [l, r] of [
      ['L2', 'R8'],
      ['L12', 'R17'],
      ['L13', 'R18'],
    ])
      expect(
        Math.abs((await top(page, `[data-sid="${l}"]`)) - (await top(page, `[data-sid="${r}"]`))),
      ).toBeLessThan(2);
    await page.$eval('[data-sid="L13"]', (el) => el.scrollIntoView({ block: 'center' }));
    await page.hover('[data-sid="L13"]', { position: { x: 20, y: 10 } });
    await expect
      .poll(() => page.$eval('[data-sid="R18"]', (el) => el.classList.contains('is-linked')))
      .toBe(true);
    expect(await inView(page, '[data-sid="R18"]')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('keyboard: Enter selects a sentence, n moves on and scrolls the page to it, back returns', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}${URL}`);
    await page.focus('[data-sid="L12"]');
    await expect
      .poll(() => page.$eval('[data-sid="R17"]', (el) => el.classList.contains('is-linked')))
      .toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#pair-7$/);
    await page.keyboard.press('n');
    await expect.poll(() => page.url()).toMatch(/#pair-8$/);
    await expect.poll(() => inView(page, '[data-sid="L13"]')).toBe(true);
    expect(await page.textContent('.cmp-position')).toMatch(/^change \d+ of 25$/);
    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/#pair-7$/);
    expect(errors).toEqual([]);
  });

  it('a finding’s link survives a hard reload and shows the finding on both sides', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}${URL}#finding-5`);
    await page.waitForSelector('[data-sid="L12"].is-selected');
    expect(await page.$eval('[data-sid="R17"]', (el) => el.classList.contains('is-selected'))).toBe(
      true,
    );
    await expect.poll(() => inView(page, '[data-sid="L12"]')).toBe(true);
    expect(await inView(page, '[data-sid="R17"]')).toBe(true);
    expect(await page.getByRole('link', { name: /11th.*11NS/ }).getAttribute('aria-current')).toBe(
      'true',
    );
    expect(errors).toEqual([]);
  });

  it('a moved pair links its two ends', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}${URL}`);
    await page.click('#row-m4 a');
    await expect.poll(() => inView(page, '#row-p4')).toBe(true);
    await page.click('#row-p4 a.cmp-moved-link');
    await expect.poll(() => inView(page, '#row-m4')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('shows a rewrite as before and after, inline, with shared names and numbers marked', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}${URL}?mode=inline`);
    // The page is live before the mode the address names is drawn: wait for the inline view.
    const block = page.locator('.cmp-view:not([hidden]) .cmp-inline [data-sid="L8"]');
    await block.locator('.cmp-rewrite-line').first().waitFor();
    expect(await block.locator('.cmp-rewrite-line').count()).toBe(2);
    expect(await block.locator('del, ins').count()).toBe(0);
    expect(await block.locator('mark').allTextContents()).toContain('China');
    expect(errors).toEqual([]);
  });

  it('changes only: folds unchanged text by default on a lightly edited story, in the URL, keeping the place', async () => {
    const { page, errors } = await openPage(browser, { width: 1440, height: 900 });
    await page.goto(`${longBase}${LONG}`);
    const toggle = page.getByRole('checkbox', { name: 'Changes only' });
    expect(await toggle.isChecked()).toBe(true);
    expect(await page.locator('.cmp-fold').first().textContent()).toMatch(/3 unchanged paragraphs/);
    const rowsFolded = await page.locator('.cmp-row').count();
    // The reader is at the corrected quote; unfolding everything keeps it where it is.
    await page.$eval('[data-sid="L10"]', (el) => el.scrollIntoView({ block: 'center' }));
    const before = await top(page, '[data-sid="L10"]');
    await toggle.click();
    await expect.poll(() => page.url()).toMatch(/\?changes=all$/);
    await expect.poll(() => toggle.isChecked()).toBe(false);
    expect(await page.locator('.cmp-row').count()).toBeGreaterThan(rowsFolded + 20);
    expect(Math.abs((await top(page, '[data-sid="L10"]')) - before)).toBeLessThan(2);
    await page.reload();
    expect(await page.getByRole('checkbox', { name: 'Changes only' }).isChecked()).toBe(false);
    // One fold opens in place, and the text after it stays as it was: the same elements, so a
    // long story does not re-make every row below.
    await page.goto(`${longBase}${LONG}`);
    await page.$eval('.cmp-chunk:last-child .cmp-row:last-child .cmp-s', (el) =>
      el.setAttribute('data-kept', ''),
    );
    await page.locator('.cmp-fold button').first().click();
    await expect.poll(() => page.isVisible('[data-sid="L0"]')).toBe(true);
    expect(
      await page.locator('.cmp-chunk:last-child .cmp-row:last-child .cmp-s[data-kept]').count(),
    ).toBe(1);
    // A link into folded text unfolds it.
    await page.goto(`${longBase}${LONG}#pair-30`);
    await page.waitForSelector('.cmp-s.is-selected');
    await expect.poll(() => inView(page, '.cmp-s.is-selected')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('hide minor changes: says how many it hides and takes them out of the count', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${longBase}${LONG}?changes=all`);
    const total = async () => Number((await page.textContent('.cmp-position'))?.match(/\d+/)?.[0]);
    const all = await total();
    const quiet = page.getByRole('checkbox', { name: /Hide minor changes/ });
    await quiet.click();
    await expect.poll(() => page.url()).toMatch(/minor=hide/);
    await expect.poll(() => quiet.isChecked()).toBe(true);
    expect(await page.textContent('.cmp-toolbar')).toContain('(1 hidden)');
    expect(await total()).toBe(all - 1);
    // The quote-style change reads as plain, unchanged text.
    expect(await page.locator('.cmp-row-changed >> text=It will be tight').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('at 390 px the first screen shows comparison text, controls fold away, nothing scrolls sideways', async () => {
    for (const [site, url] of [
      [base, URL],
      [longBase, LONG],
    ] as const) {
      const { page, errors } = await openPage(browser, { width: 390, height: 844 });
      await page.goto(`${site}${url}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      expect(await page.isVisible('.cmp-options')).toBe(false);
      const first = await page.$eval('.cmp-row .cmp-s', (el) => el.getBoundingClientRect().top);
      expect(first).toBeLessThan(844 - 60);
      const options = page.getByRole('button', { name: 'Options' });
      const toolbarHeight = () =>
        page.$eval('.cmp-toolbar', (el) => Math.round(el.getBoundingClientRect().height));
      const closedHeight = await toolbarHeight();
      await options.click();
      expect(await page.isVisible('.cmp-options')).toBe(true);
      // Escape folds the controls away again, back on their button.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Escape');
      expect(await page.isVisible('.cmp-options')).toBe(false);
      expect(await options.evaluate((el) => el === document.activeElement)).toBe(true);
      // The bar shrinks back: no gap is left over the text where the controls were.
      await expect.poll(toolbarHeight).toBe(closedHeight);
      // Choosing a mode shows that mode's text, not the controls over it.
      await options.click();
      await page.getByRole('button', { name: 'Inline' }).click();
      await page.getByRole('region', { name: /Changes inline/ }).waitFor();
      expect(await page.isVisible('.cmp-options')).toBe(false);
      expect(await options.getAttribute('aria-expanded')).toBe('false');
      expect(errors).toEqual([]);
    }
  });

  it('prints everything: no toolbar, no fold', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${longBase}${LONG}`);
    const folded = await page.locator('.cmp-row').count();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    // The view shown: the other mode stays mounted, hidden (and left out of print).
    expect(await page.locator('.cmp-view:not([hidden]) .cmp-fold').count()).toBe(0);
    expect(await page.locator('.cmp-row').count()).toBeGreaterThan(folded);
    expect(await page.isVisible('.cmp-toolbar')).toBe(false);
    // Paper has nothing to click: no search, settings, stepper or version links.
    for (const name of ['Reading settings', 'Download as HTML', 'Swap sides'])
      expect(await page.getByText(name, { exact: true }).isVisible()).toBe(false);
    expect(await page.getByRole('searchbox').isVisible()).toBe(false);
  });

  it('has no axe violations in either mode', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${base}${URL}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${base}${URL}?mode=inline`);
    await page.getByRole('region', { name: /Changes inline/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${longBase}${LONG}`);
    expect(await axeViolations(page)).toEqual([]);
  });
});
