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

/**
 * Waits until every chunk has its estimate: the estimating code is fetched lazily, by long
 * comparisons only, so it may arrive a moment after the rows.
 */
const estimatesWritten = (page: Page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('.cmp-view:not([hidden]) .cmp-chunk')].every(
      (chunk) => chunk.style.containIntrinsicSize !== '',
    ),
  );

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

/** Lays out every chunk, as if the reader had scrolled through all of them. */
const layOutAll = (page: Page) =>
  page.evaluate(() => {
    for (const chunk of document.querySelectorAll<HTMLElement>(
      '.cmp-view:not([hidden]) .cmp-chunk',
    ))
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
      await page.waitForSelector('.cmp-long .cmp-view:not([hidden]) .cmp-chunk');
      await estimatesWritten(page);
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
    // The inline view is rendered while hidden once the page settles; shown, it is estimated
    // without being rendered again (it learns it is shown by subscription, view-shown.ts).
    await page.waitForSelector('.cmp-view[hidden] .cmp-inline .cmp-chunk', { state: 'attached' });
    await page.getByRole('button', { name: 'Inline', exact: true }).click();
    await page.waitForSelector('.cmp-long .cmp-view:not([hidden]) .cmp-inline .cmp-chunk');
    /** The page's height as estimated against its height with every chunk laid out. */
    const estimatedToReal = async () => {
      await estimatesWritten(page);
      await page.evaluate(
        () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })),
      );
      const estimated = await pageHeight(page);
      await layOutAll(page);
      return estimated / (await pageHeight(page));
    };
    const inline = await estimatedToReal();
    expect(inline).toBeGreaterThan(0.85);
    expect(inline).toBeLessThan(1.15);
    await page.getByRole('button', { name: 'Side by side', exact: true }).click();
    await page.waitForSelector('.cmp-long .cmp-rows .cmp-chunk');
    const side = await estimatedToReal();
    expect(side).toBeGreaterThan(0.85);
    expect(side).toBeLessThan(1.15);
    expect(errors).toEqual([]);
  });

  it('a link to far text, and n from there, land on the change', async () => {
    const { page, errors } = await openPage(browser);
    const last = await (async () => {
      await page.goto(`${base}${URL}?changes=all`);
      await page.waitForSelector('.cmp-long .cmp-view:not([hidden]) .cmp-s');
      return page.$$eval('.cmp-row-changed .cmp-s[data-pair]', (els) =>
        Number(els.at(-1)?.getAttribute('data-pair')),
      );
    })();
    // Pair numbers in links count from 1.
    await page.goto(`${base}${URL}?changes=all#pair-${last + 1}`);
    const inView = () =>
      page.$eval('.cmp-s.is-selected', (el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
    await page.waitForSelector('.cmp-s.is-selected');
    await expect.poll(inView).toBe(true);
    await page.keyboard.press('p');
    await expect.poll(() => page.url()).not.toMatch(new RegExp(`#pair-${last + 1}$`));
    await expect.poll(inView).toBe(true);
    expect(errors).toEqual([]);
  });

  it('right after the rows are re-created, a hover finds its counterpart', async () => {
    const { page, errors } = await openPage(browser, { width: 1440, height: 900 });
    await page.goto(`${base}${URL}?changes=all`);
    await page.waitForSelector('.cmp-long .cmp-row-changed .cmp-s[data-pair]');
    const [chosen, hovered] = await page.$$eval('.cmp-row-changed .cmp-s[data-pair]', (els) => {
      const pairs = [...new Set(els.map((el) => el.getAttribute('data-pair')))];
      return [pairs[0] ?? '', pairs[1] ?? ''];
    });
    // DOM events, not pointer ones: the sticky heads and the chunks' estimated heights make a
    // pointer aimed at far text miss while the page settles; what is tested is the answer.
    await page.$eval(`.cmp-rows .cmp-s[data-pair="${chosen}"][data-sid^="L"]`, (el) =>
      (el as HTMLElement).click(),
    );
    const marked = () =>
      page.$$eval(`.cmp-rows .cmp-s[data-pair="${chosen}"].is-selected`, (els) => els.length);
    const halves = await page.$$eval(
      `.cmp-rows .cmp-s[data-pair="${chosen}"]`,
      (els) => els.length,
    );
    await expect.poll(marked).toBe(halves);
    // Switching to inline and back (the first time, before the other mode is mounted, it
    // re-creates every sentence): the index may be stale, and a hover must not wait for it.
    await page.getByRole('button', { name: 'Inline', exact: true }).click();
    await page.waitForSelector('.cmp-inline .cmp-s');
    await page.getByRole('button', { name: 'Side by side', exact: true }).click();
    await page.waitForSelector('.cmp-rows .cmp-s');
    await page.$eval(`.cmp-rows .cmp-s[data-pair="${hovered}"][data-sid^="L"]`, (el) =>
      el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })),
    );
    await expect
      .poll(() =>
        page.$$eval(
          `.cmp-rows .cmp-s[data-pair="${hovered}"][data-sid^="R"]`,
          (els) => els.length > 0 && els.every((el) => el.classList.contains('is-linked')),
        ),
      )
      .toBe(true);
    expect(errors).toEqual([]);
  });
});
