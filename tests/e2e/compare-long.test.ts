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
import { VIEW_ASKED } from '../../src/features/comparison/compare-query.ts';
import { AT_ONCE } from '../../src/features/comparison/mount-order.ts';
import { launchBrowser, openBeforeApp, openPage } from './browser.ts';
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

  /** Rows shown (not in a chunk waiting to be removed) and chunks still waiting. */
  const shownRows = (page: Page) =>
    page.evaluate(() => ({
      rows: document.querySelectorAll('.cmp-view:not([hidden]) .cmp-chunk:not([hidden]) .cmp-row')
        .length,
      waiting: document.querySelectorAll(
        '.cmp-view:not([hidden]) .cmp-chunk[data-pending], .cmp-view:not([hidden]) .cmp-chunk[hidden]',
      ).length,
    }));
  /** Every row of the story, counted on the page loaded with nothing folded. */
  const unfoldedRows = async (page: Page) => {
    await page.goto(`${base}${URL}?changes=all`);
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'Changes only' }).isChecked())
      .toBe(false);
    await estimatesWritten(page);
    return (await shownRows(page)).rows;
  };
  const topOf = (page: Page, selector: string) =>
    page.$eval(selector, (el) => el.getBoundingClientRect().top);

  it('unfolding everything keeps the place, and every row arrives; so does folding back', async () => {
    const { page, errors } = await openPage(browser, { width: 1440, height: 900 });
    const all = await unfoldedRows(page);
    await page.goto(`${base}${URL}`);
    await estimatesWritten(page);
    const folded = (await shownRows(page)).rows;
    expect(folded).toBeLessThan(all / 4);
    // The reader is half way down; the place is the row (or fold) just below the sticky bars,
    // and unfolding puts that row (or the fold's first row) back where it stood.
    await page.$$eval('.cmp-row-changed .cmp-s[data-sid^="L"]', (els) =>
      els[Math.floor(els.length / 2)]?.scrollIntoView({ block: 'center' }),
    );
    // Chunks coming on screen are laid out in the next frame; hit-testing one before finds only
    // the chunk.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const key = await page.evaluate(() => {
      const bars = [...document.querySelectorAll('[data-sticky]:not([hidden] *)')];
      const bottom = Math.max(...bars.map((el) => el.getBoundingClientRect().bottom));
      const main = document.querySelector('.cmp-main')?.getBoundingClientRect();
      const x = (main?.left ?? 0) + (main?.width ?? 0) / 4;
      for (const dy of [4, 24, 48, 96]) {
        const row = document.elementFromPoint(x, bottom + dy)?.closest<HTMLElement>('[data-row]');
        if (row) return row.dataset['row'] ?? '';
      }
      return '';
    });
    expect(key).not.toBe('');
    const sentence = `.cmp-view:not([hidden]) [data-row="${key}"]`;
    const before = await topOf(page, sentence);
    const toggle = page.getByRole('checkbox', { name: 'Changes only' });
    await toggle.click();
    await expect.poll(() => page.url()).toMatch(/\?changes=all$/);
    expect(Math.abs((await topOf(page, sentence)) - before)).toBeLessThan(2);
    // The rest fills in; the place stays where it is meanwhile and after.
    await expect.poll(() => shownRows(page)).toEqual({ rows: all, waiting: 0 });
    expect(Math.abs((await topOf(page, sentence)) - before)).toBeLessThan(2);
    await toggle.click();
    await expect.poll(() => page.url()).not.toMatch(/changes=all/);
    expect(Math.abs((await topOf(page, sentence)) - before)).toBeLessThan(2);
    await expect.poll(() => shownRows(page)).toEqual({ rows: folded, waiting: 0 });
    expect(Math.abs((await topOf(page, sentence)) - before)).toBeLessThan(2);
    expect(errors).toEqual([]);
  });

  it('opening a large fold above the selection keeps the selection in view; every row arrives', async () => {
    const { page, errors } = await openPage(browser, { width: 1440, height: 900 });
    await page.goto(`${base}${URL}`);
    await estimatesWritten(page);
    const folded = (await shownRows(page)).rows;
    // The largest fold with a change after it; that change selected, on the screen with the fold.
    const sid = await page.evaluate(() => {
      const view = document.querySelector('.cmp-view:not([hidden])');
      const size = (el: Element) => Number(/(\d+) unchanged/.exec(el.textContent ?? '')?.[1] ?? 0);
      const fold = [...(view?.querySelectorAll('.cmp-fold') ?? [])].sort(
        (a, b) => size(b) - size(a),
      )[0];
      const after = [
        ...(view?.querySelectorAll<HTMLElement>('.cmp-row-changed .cmp-s') ?? []),
      ].find((el) => fold && fold.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
      after?.scrollIntoView({ block: 'center' });
      return after?.dataset['sid'] ?? '';
    });
    const selected = `.cmp-view:not([hidden]) .cmp-s[data-sid="${sid}"]`;
    // A DOM click: the pointer's own scrolling would put the sentence under the sticky bars.
    await page.$eval(selected, (el) => (el as HTMLElement).click());
    await page.waitForSelector(`${selected}.is-selected`);
    const inView = () =>
      page.$eval(selected, (el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
    expect(await inView()).toBe(true);
    await page.evaluate(() => {
      const size = (el: Element) => Number(/(\d+) unchanged/.exec(el.textContent ?? '')?.[1] ?? 0);
      const folds = [...document.querySelectorAll('.cmp-view:not([hidden]) .cmp-fold')];
      folds
        .sort((a, b) => size(b) - size(a))[0]
        ?.querySelector('button')
        ?.click();
    });
    // The fold's rows push the selection down; it is brought back, still selected.
    await expect.poll(inView).toBe(true);
    expect(await page.$eval(selected, (el) => el.classList.contains('is-selected'))).toBe(true);
    // More rows than render at once (the view fills them in a few at a time), all of them.
    await expect.poll(() => shownRows(page).then((r) => r.waiting)).toBe(0);
    expect((await shownRows(page)).rows).toBeGreaterThan(folded + AT_ONCE);
    expect(await inView()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('right after unfolding, a jump to far text lands on it, and print shows every row', async () => {
    const { page, errors } = await openPage(browser, { width: 1440, height: 900 });
    const all = await unfoldedRows(page);
    const last = await page.$$eval('.cmp-row-changed .cmp-s[data-pair]', (els) =>
      Number(els.at(-1)?.getAttribute('data-pair')),
    );
    await page.goto(`${base}${URL}`);
    await estimatesWritten(page);
    const toggle = page.getByRole('checkbox', { name: 'Changes only' });
    await toggle.click();
    await expect.poll(() => page.url()).toMatch(/\?changes=all$/);
    // Whether or not its chunk has been filled yet, the link finds the change and shows it.
    await page.evaluate((n) => (window.location.hash = `#pair-${n}`), last + 1);
    await page.waitForSelector(`.cmp-view:not([hidden]) .cmp-s.is-selected[data-pair="${last}"]`);
    await expect
      .poll(() =>
        page.$eval('.cmp-view:not([hidden]) .cmp-s.is-selected', (el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    // Folding again and unfolding: printing at once has every row, none waiting.
    await toggle.click();
    await expect.poll(() => page.url()).not.toMatch(/changes=all/);
    await toggle.click();
    await expect.poll(() => page.url()).toMatch(/\?changes=all(#|$)/);
    const printed = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return {
        rows: document.querySelectorAll('.cmp-view:not([hidden]) .cmp-chunk:not([hidden]) .cmp-row')
          .length,
        waiting: document.querySelectorAll(
          '.cmp-view:not([hidden]) .cmp-chunk[data-pending], .cmp-view:not([hidden]) .cmp-chunk[hidden]',
        ).length,
      };
    });
    expect(printed).toEqual({ rows: all, waiting: 0 });
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
    const inView = () =>
      page.$eval('.cmp-s.is-selected', (el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
    // A hard load of a link to the last change, with unchanged text folded (the default).
    await page.goto(`${base}${URL}#pair-${last + 1}`);
    await page.waitForSelector(`.cmp-s.is-selected[data-pair="${last}"]`);
    await expect.poll(inView).toBe(true);
    // Pair numbers in links count from 1.
    await page.goto(`${base}${URL}?changes=all#pair-${last + 1}`);
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

  it('a hard load of ?changes=all paints none of the folded text, ?changes=only all of it', async () => {
    // Folded by default (over half unchanged): the page is prerendered with its folds.
    const all = await openBeforeApp(browser, `${base}${URL}?changes=all`, { width: 1440 });
    expect(await all.locator('.cmp-main .cmp-fold').count()).toBeGreaterThan(0);
    expect(await all.locator('.cmp-main .cmp-s:visible').count()).toBe(0);
    await all.context().close();
    const only = await openBeforeApp(browser, `${base}${URL}?changes=only`, { width: 1440 });
    expect(await only.locator('.cmp-main .cmp-s:visible').count()).toBeGreaterThan(0);
    await only.context().close();
    // With the app, the whole text comes in the folds' place.
    const { page, errors } = await openPage(browser, { width: 1440, height: 900 });
    await page.goto(`${base}${URL}?changes=all`);
    await expect
      .poll(() => page.evaluate((name) => document.documentElement.getAttribute(name), VIEW_ASKED))
      .toBe(null);
    expect(await page.locator('.cmp-view:not([hidden]) .cmp-fold').count()).toBe(0);
    expect(await page.locator('.cmp-main .cmp-s:visible').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
