/**
 * Every route of the production build fetches at most its budget of JavaScript (gzip), counted
 * as `npm run bench -- routes` counts it: every script the page loads in Chromium until the app
 * is live. Bytes, not time: the same build always weighs the same.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROUTE_JS_BUDGET, SEED_ROUTES } from '../../scripts/bench-routes.ts';
import { heavyModulesIn, pageBytes } from '../../scripts/bench-site.ts';
import { launchBrowser } from './browser.ts';

const base = inject('baseURL');
const OUT_DIR = 'test-results/site';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('JavaScript per route', () => {
  it.each(SEED_ROUTES)(
    '%s stays within the budget and loads no aligner or parser',
    async (_, route) => {
      const bytes = await pageBytes(browser, OUT_DIR, `${base}${route}`);
      expect(bytes.files.some((f) => f.endsWith('.js'))).toBe(true);
      expect(bytes.code).toBeLessThanOrEqual(ROUTE_JS_BUDGET);
      expect(heavyModulesIn(OUT_DIR, bytes.files)).toEqual([]);
    },
  );

  it('a short comparison loads none of the code that only long comparisons use', async () => {
    const [, route] = SEED_ROUTES.find(([name]) => name === 'comparison') ?? ['', ''];
    const bytes = await pageBytes(browser, OUT_DIR, `${base}${route}`);
    // The chunk height estimates (`chunk-sizer.ts` and the model in `chunk-size.ts`).
    expect(heavyModulesIn(OUT_DIR, bytes.files, /comparison\/chunk-sizer?\.ts/)).toEqual([]);
  });
});
