import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { launchBrowser, openPage } from './browser.ts';

const base = inject('baseURL');
const AP = '/articles/japan-vietnam-cyber-defense-ap';
const REWRITE = '/articles/japan-vietnam-defense-scraped-rewrite';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('reading in Chromium', () => {
  it('reads an article from home, then the other version', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/`);
    await page.locator('main h1').waitFor();
    expect(await page.title()).toBe('Stories · News Versions');
    // The story's title leads to its timeline; each version's label to the version.
    await page.getByRole('link', { name: 'AP original', exact: true }).click();
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Japan, Vietnam look to cyber defense against China',
      })
      .waitFor();
    expect(await page.title()).toBe(
      'Japan, Vietnam look to cyber defense against China · News Versions',
    );
    expect(await page.locator('article').first().innerText()).toContain(
      'Vietnam is the 11th nation',
    );
    await page.getByRole('link', { name: 'Scraped rewrite', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Scraped rewrite' }).waitFor();
    expect(await page.locator('article').first().innerText()).toContain(
      'Vietnam is 11NS A country',
    );
    expect(errors).toEqual([]);
  });

  it('a comment permalink on a hard load scrolls to the comment and marks it', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}${AP}#comment-4`);
    const comment = page.locator('#comment-4');
    await expect
      .poll(() => comment.evaluate((el) => el.classList.contains('is-target')))
      .toBe(true);
    await expect
      .poll(() =>
        comment.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.top < innerHeight;
        }),
      )
      .toBe(true);
    expect(errors).toEqual([]);
  });

  it('a vote survives a reload', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}${AP}`);
    await page.getByRole('button', { name: 'Vote up comment 5' }).click();
    await page.reload();
    const up = page.getByRole('button', { name: 'Vote up comment 5' });
    await expect.poll(() => up.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#comment-5 .score-text').innerText()).toBe('1 ( +1 / 0 )');
    expect(errors).toEqual([]);
  });

  it('a chosen theme survives a reload, applied before the first paint', async () => {
    const { page, errors } = await openPage(browser);
    // Record the theme at the moment <body> starts, before any app script has run.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody =
          document.documentElement.dataset['theme'];
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: /Reading settings/ }).click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.keyboard.press('Escape');
    await page.reload();
    expect(
      await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody),
    ).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(22, 24, 27)',
    );
    expect(errors).toEqual([]);
  });

  it('a deep link works on a hard reload', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}${REWRITE}`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Scraped rewrite' }).waitFor();
    expect(await page.getByText(/^This version gives no headline, byline/).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('an unknown URL or article shows a not-found page with a way home', async () => {
    const { page, errors } = await openPage(browser);
    for (const path of ['/no/such/page', '/articles/no-such-article']) {
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      expect(await page.title()).toBe('Not found · News Versions');
      await page.getByRole('link', { name: 'Go to the list of stories' }).click();
      await page.getByRole('heading', { level: 1, name: 'Stories' }).waitFor();
    }
    expect(errors).toEqual([]);
  });

  it('axe finds no violations on every route (comparison included), in every theme', async () => {
    const { page, errors } = await openPage(browser);
    const failures: string[] = [];
    for (const theme of ['light', 'dark', 'sepia']) {
      await page.goto(`${base}/`);
      await page.evaluate(
        (t) =>
          localStorage.setItem(
            'news-versions:reader',
            JSON.stringify({ state: { settings: { theme: t } }, version: 2 }),
          ),
        theme,
      );
      for (const path of [
        '/',
        AP,
        REWRITE,
        '/no/such/page',
        '/compare/japan-vietnam-cyber-defense-ap/japan-vietnam-defense-scraped-rewrite',
      ]) {
        await page.goto(`${base}${path}`);
        await page.locator('h1').first().waitFor();
        for (const v of await axeViolations(page)) failures.push(`${theme} ${path} ${v}`);
      }
    }
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('nothing scrolls sideways at 390 px', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    for (const path of [
      '/',
      AP,
      REWRITE,
      '/no/such/page',
      '/compare/japan-vietnam-cyber-defense-ap/japan-vietnam-defense-scraped-rewrite',
    ]) {
      await page.goto(`${base}${path}`);
      await page.locator('h1').first().waitFor();
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        path,
      ).toBeLessThanOrEqual(390);
    }
    expect(errors).toEqual([]);
  });
});
