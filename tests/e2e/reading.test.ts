import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser.ts';

const base = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the built site in Chromium', () => {
  it('lists the story with both versions and opens each body from home', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/`);
    const versions = page.getByRole('list', { name: /Versions of/ }).getByRole('link');
    await expect.poll(() => versions.count()).toBe(2);

    await page.getByRole('link', { name: 'Japan, Vietnam look to cyber defense against China' }).click();
    await page.getByRole('heading', { level: 1, name: 'Japan, Vietnam look to cyber defense against China' }).waitFor();
    expect(await page.locator('article').innerText()).toContain('Vietnam is the 11th nation');

    await page.goBack();
    await page.getByRole('link', { name: 'Scraped rewrite' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Scraped rewrite' }).waitFor();
    expect(await page.locator('article').innerText()).toContain('Vietnam is 11NS A country');
    expect(errors).toEqual([]);
  });
});
