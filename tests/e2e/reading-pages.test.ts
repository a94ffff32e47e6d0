import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';

const base = inject('baseURL');
const AP_ID = 'japan-vietnam-cyber-defense-ap';
const REWRITE_ID = 'japan-vietnam-defense-scraped-rewrite';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the article page in Chromium', () => {
  it('at 390 px the story starts on the first screen, under a one-line photo caption', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${base}/articles/${AP_ID}`);
    const first = page.locator('.article-body p').first();
    const top = await first.evaluate((p) => p.getBoundingClientRect().top);
    expect(top).toBeLessThan(844 * 0.75);
    const caption = page.locator('.photo summary');
    const closed = await caption.evaluate((el) => el.getBoundingClientRect().height);
    await caption.click();
    const open = await caption.evaluate((el) => el.getBoundingClientRect().height);
    expect(open).toBeGreaterThan(closed * 3); // the whole caption, several lines
    expect(await page.locator('.photo').innerText()).toContain('Photo: Issei Kato/Pool via AP');
    expect(errors).toEqual([]);
  });

  it('leads from the top of an article straight to the comparison', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/articles/${AP_ID}`);
    const link = page
      .getByRole('navigation', { name: 'Compare versions' })
      .getByRole('link', { name: 'Compare with the Scraped rewrite' });
    // Above the photo caption and the body: near the top.
    const [linkTop, bodyTop] = await Promise.all([
      link.evaluate((a) => a.getBoundingClientRect().top),
      page.locator('.article-body').evaluate((b) => b.getBoundingClientRect().top),
    ]);
    expect(linkTop).toBeLessThan(bodyTop);
    await link.click();
    await page.waitForURL(`${base}/compare/${AP_ID}/${REWRITE_ID}`);
    await page.locator('h1').first().waitFor();
    expect(errors).toEqual([]);
  });

  it('a version without provenance says so once and links to the one that has it', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/articles/${REWRITE_ID}`);
    const header = page.locator('.article-header');
    expect(await header.getByText(/unknown/i).count()).toBe(0);
    const line = header.locator('.provenance-line');
    expect(await line.innerText()).toMatch(/^This version gives no headline, byline, dateline/);
    await line.getByRole('link', { name: 'AP original' }).click();
    await page.getByRole('heading', { level: 1, name: /^Japan, Vietnam look/ }).waitFor();
    // The meta line holds no separator that starts or ends a row, however it wraps.
    expect(await page.locator('.article-header .meta-line > span').count()).toBe(6);
    expect(errors).toEqual([]);
  });

  it('meta line separators never start or end a visible row at 390 px', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${base}/articles/${AP_ID}`);
    const rows = await page.locator('.article-header .meta-line').evaluate((line) => {
      // Each separator is drawn before its fact, in the first few pixels of the item; a point
      // there hits the item only where the separator is visible (clip-path also clips hits).
      const items = [...line.children];
      const starts = items.map((item) => {
        const box = item.getBoundingClientRect();
        const y = box.top + box.height / 2;
        return {
          top: Math.round(box.top),
          visible: item.contains(document.elementFromPoint(box.left + 3, y)),
        };
      });
      const byRow = new Map<number, boolean[]>();
      for (const s of starts) byRow.set(s.top, [...(byRow.get(s.top) ?? []), s.visible]);
      return [...byRow.values()];
    });
    expect(rows.length).toBeGreaterThan(1); // it wraps at this width
    for (const [first, ...rest] of rows) {
      expect(first).toBe(false); // no separator opens a row
      expect(rest.every(Boolean)).toBe(true); // and every one between two facts shows
    }
    expect(errors).toEqual([]);
  });
});

describe('comments in Chromium', () => {
  it('votes, changes and withdraws a vote with the keyboard alone', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/articles/${AP_ID}`);
    const comment = page.locator('#comment-3');
    const up = comment.getByRole('button', { name: 'Vote up comment 3' });
    const down = comment.getByRole('button', { name: 'Vote down comment 3' });
    const score = comment.locator('.score-text');
    await up.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => score.innerText()).toBe('1 ( +1 / 0 )');
    expect(await up.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Tab'); // the score is not a stop: next is the down arrow
    expect(await down.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => score.innerText()).toBe('-1 ( 0 / -1 )');
    expect(await up.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Enter');
    await expect.poll(() => score.innerText()).toBe('0 ( 0 / 0 )');
    expect(await down.getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
  });

  it('the vote controls sit on the comment’s heading row, the heading is not a link', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${base}/articles/${AP_ID}`);
    const comment = page.locator('#comment-1');
    const [heading, group] = await Promise.all([
      comment.getByRole('heading', { level: 3 }).boundingBox(),
      comment.getByRole('group', { name: 'Vote on comment 1' }).boundingBox(),
    ]);
    expect(
      Math.abs(
        (heading?.y ?? 0) +
          (heading?.height ?? 0) / 2 -
          ((group?.y ?? 0) + (group?.height ?? 0) / 2),
      ),
    ).toBeLessThan(8);
    expect(group?.height).toBeLessThanOrEqual(40);
    expect(await comment.getByRole('heading', { level: 3 }).locator('a').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('not found in Chromium', () => {
  const cases: [string, RegExp, string[]][] = [
    ['/articles/no-such-article', /No article has the id “no-such-article”/, ['no-such-article']],
    [`/compare/${AP_ID}/nope`, /The right id, “nope”/, ['nope']],
    [`/compare/nope/${AP_ID}`, /The left id, “nope”/, ['nope']],
    [`/compare/${AP_ID}/${AP_ID}`, /cannot be compared with itself/, []],
  ];
  for (const [path, message, marked] of cases) {
    it(`names what is missing in ${path} and lists the stories`, async () => {
      const { page, errors } = await openPage(browser);
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      expect(await page.locator('.not-found').innerText()).toMatch(message);
      expect(await page.locator('.not-found-path mark').allTextContents()).toEqual(
        marked.map((id) => `${id} (not found)`),
      );
      const stories = page.getByRole('region', { name: 'Stories on this site' });
      await stories
        .getByRole('link', { name: 'Japan, Vietnam look to cyber defense against China' })
        .click();
      await page.waitForURL(`${base}/articles/${AP_ID}`);
      expect(errors).toEqual([]);
    });
  }
});

describe('reading settings in Chromium', () => {
  it('shows each theme in its own colours and each font in its own face', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${base}/articles/${AP_ID}`);
    await page.getByRole('button', { name: /Reading settings/ }).click();
    const look = (attribute: string, value: string) =>
      page.locator(`.settings-look[${attribute}="${value}"]`).evaluate((el) => {
        const style = getComputedStyle(el);
        return { background: style.backgroundColor, font: style.fontFamily };
      });
    const [light, dark, sepia] = await Promise.all(
      ['light', 'dark', 'sepia'].map((theme) => look('data-look-theme', theme)),
    );
    expect(light?.background).toBe('rgb(253, 253, 252)');
    expect(dark?.background).toBe('rgb(22, 24, 27)');
    expect(sepia?.background).toBe('rgb(244, 236, 216)');
    const [serif, sans] = await Promise.all(
      ['serif', 'sans'].map((font) => look('data-look-font', font)),
    );
    expect(serif?.font).toMatch(/Charter/);
    expect(sans?.font).toMatch(/^system-ui/);
    // A dark page still shows the light theme in light colours.
    await page.getByRole('radio', { name: 'Dark' }).check();
    expect((await look('data-look-theme', 'light')).background).toBe('rgb(253, 253, 252)');
    expect(errors).toEqual([]);
  });

  it('puts every setting’s options on one row at 390 px', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: /Reading settings/ }).click();
    await page.locator('.settings-options').last().waitFor();
    const rows = await page
      .locator('.settings-options')
      .evaluateAll((groups) =>
        groups.map(
          (group) =>
            new Set([...group.children].map((o) => Math.round(o.getBoundingClientRect().top))).size,
        ),
      );
    expect(rows).toEqual([1, 1, 1, 1]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(errors).toEqual([]);
  });
});
