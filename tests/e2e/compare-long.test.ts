/**
 * A long comparison (over 400 sentences), whose chunks of rows off screen the browser skips:
 * they stand in at estimated heights, so the page must be about as tall before they are laid
 * out as after, and a jump to far text must still land on it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLightlyEdited } from '../../scripts/generate-content.ts';
import { launchBrowser, openPage } from './browser.ts';
import { serveBuiltSite } from './production-build.ts';

const URL = '/compare/lightly-edited-wire/lightly-edited-updated';
let browser: Browser;
let server: PreviewServer;
let base = '';
const dir = mkdtempSync(path.join(tmpdir(), 'news-versions-long-'));

beforeAll(async () => {
  browser = await launchBrowser();
  // The long fixture story 20 times over: about 700 sentences in each version.
  generateLightlyEdited(path.join(dir, 'content'), 20);
  ({ server, base } = await serveBuiltSite({
    env: { CONTENT_DIR: path.join(dir, 'content') },
    outDir: path.join(dir, 'site'),
    port: 4184,
  }));
}, 180_000);
afterAll(async () => {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

/** Lays out every chunk, as if the reader had scrolled through all of them. */
const layOutAll = (page: Page) =>
  page.evaluate(() => {
    for (const chunk of document.querySelectorAll<HTMLElement>('.cmp-chunk'))
      chunk.style.contentVisibility = 'visible';
  });

describe('a long comparison in Chromium', () => {
  for (const [mode, width] of [
    ['side', 1440],
    ['side', 390],
    ['inline', 1440],
  ] as const)
    it(`(${mode}, ${width} px) is about as tall before its far text is laid out as after`, async () => {
      const { page, errors, violations } = await openPage(browser, { width, height: 900 });
      await page.goto(`${base}${URL}?changes=all${mode === 'inline' ? '&mode=inline' : ''}`);
      await page.waitForSelector('.cmp-long .cmp-chunk');
      // The estimates are corrected once the browser is idle after the first chunks are laid out.
      await page.evaluate(
        () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })),
      );
      await page.waitForTimeout(300);
      const estimated = await pageHeight(page);
      await layOutAll(page);
      const real = await pageHeight(page);
      expect(estimated / real).toBeGreaterThan(0.85);
      expect(estimated / real).toBeLessThan(1.15);
      // Set through the CSSOM: the page's policy refuses inline style attributes.
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
    });

  it('after switching to inline and back, the estimates still hold', async () => {
    const { page, errors } = await openPage(browser, { width: 1440, height: 900 });
    await page.goto(`${base}${URL}?changes=all`);
    await page.waitForSelector('.cmp-long .cmp-rows .cmp-chunk');
    await page.getByRole('button', { name: 'Inline', exact: true }).click();
    await page.waitForSelector('.cmp-long .cmp-inline .cmp-chunk');
    await page.getByRole('button', { name: 'Side by side', exact: true }).click();
    await page.waitForSelector('.cmp-long .cmp-rows .cmp-chunk');
    await page.evaluate(
      () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })),
    );
    const estimated = await pageHeight(page);
    await layOutAll(page);
    const real = await pageHeight(page);
    expect(estimated / real).toBeGreaterThan(0.85);
    expect(estimated / real).toBeLessThan(1.15);
    expect(errors).toEqual([]);
  });

  it('a link to far text, and n from there, land on the change', async () => {
    const first = await openPage(browser);
    // The last change, far below: p with nothing selected goes there.
    await first.page.goto(`${base}${URL}?changes=all`);
    await first.page.keyboard.press('p');
    await expect.poll(() => first.page.url()).toMatch(/#[\w-]+$/);
    const hash = await first.page.evaluate(() => window.location.hash);
    expect(first.errors).toEqual([]);
    // A link to it, opened afresh.
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}${URL}?changes=all${hash}`);
    const inView = () =>
      page.$eval('.cmp-s.is-selected', (el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
    await page.waitForSelector('.cmp-s.is-selected');
    await expect.poll(inView).toBe(true);
    await page.keyboard.press('p');
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toBe(hash);
    await expect.poll(inView).toBe(true);
    expect(errors).toEqual([]);
  });

  it('renders far chunks as light text that holds their rows, and fills them near the screen', async () => {
    const { page, errors, violations } = await openPage(browser, { width: 1440, height: 900 });
    await page.goto(`${base}${URL}?changes=all`);
    await page.waitForSelector('.cmp-long .cmp-chunk-light');
    const light = await page.locator('.cmp-chunk-light').count();
    const full = await page.locator('.cmp-chunk:not(.cmp-chunk-light)').count();
    expect(light).toBeGreaterThan(full * 3);
    const key = await page.$eval('.cmp-chunk-light:last-child', (el) => el.dataset['chunk']);
    const text = await page.$eval('.cmp-chunk-light:last-child', (el) => el.textContent ?? '');
    // Find-in-page finds far text: it is in the page, not only in a data structure.
    const words = text.split(/\s+/).slice(-8).join(' ');
    expect(
      await page.evaluate(
        (w) => (window as unknown as { find: (s: string) => boolean }).find(w),
        words,
      ),
    ).toBe(true);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const chunk = page.locator(`[data-chunk="${key}"]`);
    await expect.poll(() => chunk.getAttribute('class')).toBe('cmp-chunk');
    // Every sentence of the rows was in the light text.
    const sentences = await chunk.locator('.cmp-s').evaluateAll((els) =>
      els.map((el) =>
        [...el.childNodes]
          .filter((n) => !(n instanceof HTMLElement && n.classList.contains('visually-hidden')))
          .map((n) => n.textContent)
          .join('')
          .trim(),
      ),
    );
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(text).toContain(sentence);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a jump to a far change renders its chunk in full and selects it', async () => {
    const { page, errors } = await openPage(browser, { width: 1440, height: 900 });
    await page.goto(`${base}${URL}?changes=all`);
    await page.waitForSelector('html[data-ready] .cmp-long .cmp-chunk-light');
    // p with nothing selected goes to the last change, far below.
    await page.keyboard.press('p');
    await page.waitForSelector('.cmp-s.is-selected');
    const inLight = await page.$eval(
      '.cmp-s.is-selected',
      (el) => !!el.closest('.cmp-chunk-light'),
    );
    expect(inLight).toBe(false);
    await expect
      .poll(() =>
        page.$eval('.cmp-s.is-selected', (el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    // The chunks on the screen around it fill in.
    await expect
      .poll(() =>
        page.$$eval('.cmp-chunk-light', (els) =>
          els.some((el) => {
            const box = el.getBoundingClientRect();
            return box.bottom > 0 && box.top < window.innerHeight;
          }),
        ),
      )
      .toBe(false);
    expect(errors).toEqual([]);
  });

  it('printing (and so a saved copy) renders every row', async () => {
    const { page, errors } = await openPage(browser, { width: 1440, height: 900 });
    await page.goto(`${base}${URL}?changes=all`);
    await page.waitForSelector('.cmp-long .cmp-chunk-light');
    const before = await page.locator('.cmp-row').count();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('.cmp-chunk-light').count()).toBe(0);
    expect(await page.locator('.cmp-row').count()).toBeGreaterThan(before * 4);
    expect(errors).toEqual([]);
  });

  it('toggling changes only and switching modes keep the reader in place', async () => {
    const { page, errors } = await openPage(browser, { width: 1440, height: 900 });
    await page.goto(`${base}${URL}?changes=all`);
    await page.waitForSelector('.cmp-long .cmp-chunk-light');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.6));
    await page.waitForTimeout(500);
    // The first sentence below the sticky bars, and where it stands.
    const place = () =>
      page.evaluate(() => {
        const below = Math.max(
          ...[...document.querySelectorAll('[data-sticky]')].map(
            (el) => el.getBoundingClientRect().bottom,
          ),
        );
        const main = document.querySelector('.cmp-main')?.getBoundingClientRect();
        const hit = document.elementFromPoint(
          (main?.left ?? 0) + (main?.width ?? 0) / 4,
          below + 4,
        );
        const s =
          hit?.closest<HTMLElement>('.cmp-s') ??
          hit?.closest('[data-row], .cmp-para')?.querySelector<HTMLElement>('.cmp-s');
        return s?.dataset['pair'] ?? s?.dataset['sid'] ?? null;
      });
    const at = await place();
    expect(at).not.toBeNull();
    const near = (pair: string | null) =>
      page.evaluate((p) => {
        const el = document.querySelector(`.cmp-s[data-pair="${p}"], .cmp-s[data-sid="${p}"]`);
        const box = el?.getBoundingClientRect();
        return !!box && box.top > -200 && box.top < window.innerHeight / 2;
      }, pair);
    await page.getByRole('button', { name: 'Inline', exact: true }).click();
    await page.waitForSelector('.cmp-inline');
    await expect.poll(() => near(at)).toBe(true);
    await page.getByRole('button', { name: 'Side by side', exact: true }).click();
    await page.waitForSelector('.cmp-rows');
    await expect.poll(() => near(at)).toBe(true);
    // Folding: the reader was in unchanged text, so the fold that now holds it stands there.
    await page.getByRole('checkbox', { name: 'Changes only' }).click();
    await expect.poll(() => page.url()).toMatch(/changes=only/);
    await expect
      .poll(() =>
        page.$$eval('.cmp-fold', (folds) =>
          folds.some((el) => {
            const box = el.getBoundingClientRect();
            return box.top > 0 && box.top < window.innerHeight / 2;
          }),
        ),
      )
      .toBe(true);
    expect(errors).toEqual([]);
  });
});
