/**
 * The built site under its Content Security Policy, and a page that never goes blank.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';

const base = inject('baseURL');
const AP = '/articles/japan-vietnam-cyber-defense-ap';
const REWRITE = '/articles/japan-vietnam-defense-scraped-rewrite';
const ROUTES = [
  '/',
  AP,
  `${AP}#comment-3`,
  REWRITE,
  '/compare/japan-vietnam-cyber-defense-ap/japan-vietnam-defense-scraped-rewrite',
  '/compare/japan-vietnam-defense-scraped-rewrite/japan-vietnam-cyber-defense-ap?mode=inline#pair-3',
  '/no/such/page',
  '/articles/no-such-article',
];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('Content Security Policy', () => {
  it('every route is served under the strict policy, as a header and a meta tag', async () => {
    const { page } = await openPage(browser);
    const response = await page.goto(`${base}/`);
    const header = (await response?.headerValue('content-security-policy')) ?? '';
    const meta =
      (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ??
      '';
    for (const policy of [header, meta]) {
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'none'");
      expect(policy).not.toMatch(/unsafe|https?:|\*/);
    }
    expect(header).toContain("frame-ancestors 'none'");
  });

  it('loads every route, in a saved dark theme, with no policy violation and no console error', async () => {
    const { page, errors, violations } = await openPage(browser);
    await page.addInitScript(() =>
      localStorage.setItem(
        'news-versions:reader',
        JSON.stringify({ state: { settings: { theme: 'dark' } }, version: 2 }),
      ),
    );
    const seen: string[] = [];
    for (const route of ROUTES) {
      await page.goto(`${base}${route}`);
      await page.locator('main h1').first().waitFor();
      // The theme step (/page-start.js) ran under the policy.
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
      for (const v of await violations()) seen.push(`${route}: ${v}`);
    }
    expect(seen).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the policy is live: an injected inline script does not run and is reported', async () => {
    const { page, violations } = await openPage(browser);
    await page.goto(`${base}${AP}`);
    await page.locator('main h1').waitFor();
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    // Reported once per policy that refused it (the header and the meta tag both enforce).
    await expect
      .poll(async () => new Set(await violations()))
      .toEqual(new Set(['script-src-elem blocked inline']));
  });
});

describe('error boundaries in Chromium', () => {
  it('a render error in the comments shows a message in place; the article and the header keep working', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${base}${AP}`);
    const comments = page.locator('#comments');
    await comments.getByRole('combobox').waitFor();
    // Break what only the "Best" sort uses, so the next render of the comments throws.
    await page.evaluate(() => {
      const w = window as unknown as { realSqrt: typeof Math.sqrt };
      w.realSqrt = Math.sqrt;
      Math.sqrt = () => {
        throw new Error('forced failure for the test');
      };
    });
    await comments.getByRole('combobox').selectOption('best');

    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.innerText())
      .toContain('Something went wrong showing the comments');
    expect(await alert.innerText()).toContain('forced failure for the test');
    // The article above still reads; the header still works.
    expect(await page.locator('main h1').first().innerText()).toBe(
      'Japan, Vietnam look to cyber defense against China',
    );
    expect(await page.locator('article').first().innerText()).toContain(
      'Vietnam is the 11th nation',
    );
    await page.getByRole('button', { name: /reading settings/i }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');

    // Once the cause is gone, "Try again" brings the comments back, sorted as asked.
    await page.evaluate(() => {
      Math.sqrt = (window as unknown as { realSqrt: typeof Math.sqrt }).realSqrt;
    });
    await alert.getByRole('button', { name: 'Try again' }).click();
    await comments.getByRole('combobox').waitFor();
    expect(await comments.getByRole('combobox').inputValue()).toBe('best');
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
