import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launchBrowser, openPage } from './browser.ts';

const base = inject('baseURL');
const URL = '/compare/japan-vietnam-cyber-defense-ap/japan-vietnam-defense-scraped-rewrite';
const HEADLINE = 'Japan, Vietnam look to cyber defense against China';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the comparison leads with the verdict (Chromium, seed pair)', () => {
  it('on a wide screen: headline, one sentence and ranked findings on the first screen', async () => {
    const { page, errors } = await openPage(browser, { width: 1440, height: 900 });
    await page.goto(`${base}${URL}`);
    const verdict = page.getByRole('region', { name: HEADLINE });
    await verdict.waitFor();
    expect(await verdict.locator('.verdict-sentence').innerText()).toBe(
      '23% similar. The Scraped rewrite keeps 8 of the AP original’s 14 sentences, all reworded, 1 moved, drops 6 and adds 11; a name and a number look garbled.',
    );
    const links = verdict.getByRole('link').and(page.locator('.verdict-finding'));
    // Style findings are folded: the visible links are the errors, then the changes of meaning.
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '#finding-1',
      '#finding-5',
      '#finding-2',
      '#finding-3',
      '#finding-4',
    ]);
    const box = await verdict.boundingBox();
    expect(box && box.y + box.height).toBeLessThan(900);
    expect(await verdict.getByRole('button').isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('choosing a finding selects it in both columns and survives a reload', async () => {
    const { page, errors } = await openPage(browser, { width: 1440, height: 900 });
    await page.goto(`${base}${URL}`);
    await page.getByRole('link', { name: /“11th” became “11NS”/ }).click();
    await expect.poll(() => page.url()).toMatch(/#finding-5$/);
    await page.waitForSelector('[data-sid="L12"].is-selected');
    await page.waitForSelector('[data-sid="R17"].is-selected');
    await page.reload();
    await page.waitForSelector('[data-sid="L12"].is-selected');
    expect(
      await page.getByRole('link', { name: /“11th” became “11NS”/ }).getAttribute('aria-current'),
    ).toBe('true');
    // The style changes open from their summary line.
    await page.locator('summary', { hasText: '2 changes of style only' }).click();
    await page.getByRole('link', { name: /writes “U.S.” as “United States”/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it('at 390 px: a compact line opens the details and the text starts on the first screen', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${base}${URL}`);
    const toggle = page.getByRole('button', { name: '23% similar · 25 changes · 2 likely errors' });
    await toggle.waitFor();
    expect(await page.locator('.verdict-sentence').isVisible()).toBe(false);
    // The first row of the comparison, whichever version's sentence stands there.
    const first = await page.locator('.cmp-s[data-sid]').first().boundingBox();
    expect(first && first.y).toBeLessThan(844);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('link', { name: /“Phan Van Giang” became “Van Van Jung”/ }).waitFor();
    expect(await page.locator('.verdict-sentence').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
