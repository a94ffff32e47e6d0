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

/** Is the element inside the window, too (a column can reach below it)? */
function visibleInWindow(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    const a = el.getBoundingClientRect();
    return a.bottom > 0 && a.top < innerHeight && a.height > 0;
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
    expect(await visibleInWindow(page, '[data-sid="L12"]')).toBe(true);
    expect(await visibleInWindow(page, '[data-sid="R17"]')).toBe(true);
    expect(await page.getByRole('link', { name: /11th.*11NS/ }).getAttribute('aria-current')).toBe(
      'true',
    );
    expect(errors).toEqual([]);
  });

  it('keeps the columns in step: the counterpart of the sentence at the top of one is lined up in the other', async () => {
    const { page, errors } = await openPage(browser, { width: 1280, height: 600 });
    await page.goto(`${base}${URL}`);
    /** How far apart the first paired sentence reaching below the top of `from` and its counterpart stand. */
    const lineUp = (from: 'left' | 'right') =>
      page.evaluate((from) => {
        const to = from === 'left' ? 'right' : 'left';
        const a = document.querySelector<HTMLElement>(`[data-scroll="${from}"]`);
        const b = document.querySelector<HTMLElement>(`[data-scroll="${to}"]`);
        if (!a || !b) return null;
        const top = a.getBoundingClientRect().top;
        const first = [...a.querySelectorAll<HTMLElement>('.cmp-s[data-pair]')].find(
          (s) => s.getBoundingClientRect().bottom > top + 1,
        );
        const other = b.querySelector(`.cmp-s[data-pair="${first?.dataset['pair']}"]`);
        if (!first || !other) return null;
        return Math.abs(
          first.getBoundingClientRect().top -
            top -
            (other.getBoundingClientRect().top - b.getBoundingClientRect().top),
        );
      }, from);
    // Places where the other column can scroll far enough to line up (in some, the first paired
    // sentence's counterpart is at the very top of its column).
    for (const [side, share] of [
      ['left', 0.2],
      ['right', 0.3],
      ['left', 0.6],
    ] as const) {
      // With the mouse wheel, as a reader does (the other column may still be settling).
      const pane = page.locator(`[data-scroll="${side}"]`);
      const { by, to } = await pane.evaluate(
        (el, share) => ({
          by: el.scrollHeight * share - el.scrollTop,
          to: el.scrollHeight * share,
        }),
        share,
      );
      await pane.hover({ position: { x: 100, y: 40 } });
      await page.mouse.wheel(0, by);
      await expect
        .poll(() => pane.evaluate((el, to) => Math.abs(el.scrollTop - to), to))
        .toBeLessThan(2);
      await expect.poll(() => lineUp(side)).toBeLessThan(1.5);
    }
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
