/**
 * An archive of 45 generated stories (scripts/generate-content.ts), built and served on its own:
 * home's pages of 20 with prev/next and rel links, a tag's list of only its stories, the indexes,
 * the links from an article to its lists, and pages out of range not found.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { serveBuiltSite } from './production-build.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/generate-content.ts';
import { launchBrowser, openPage } from './browser.ts';

const CONTENT_DIR = 'test-results/archive-content';
const OUT_DIR = 'test-results/archive-site';
const STORIES = 45;
/** Every third story (1, 4, 7…) also carries this tag: 15 stories, one page. */
const TAG = 'Third Story';
const tagged = Array.from({ length: STORIES }, (_, i) => i + 1).filter((n) => n % 3 === 1);
let browser: Browser;
let server: PreviewServer;
let base: string;

beforeAll(async () => {
  generateContent(CONTENT_DIR, STORIES);
  for (const n of tagged) {
    const file = path.join(CONTENT_DIR, `generated-story-${n}-ap.md`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('tags:\n', `tags:\n  - ${TAG}\n`));
  }
  ({ server, base } = await serveBuiltSite({ env: { CONTENT_DIR }, outDir: OUT_DIR, port: 4188 }));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(CONTENT_DIR, { recursive: true, force: true });
});

/** The HTML a host sends for a path, as a crawler or a reader without scripts gets it. */
async function served(pathname: string) {
  const response = await fetch(`${base}${pathname}`);
  const html = await response.text();
  const head = html.slice(0, html.indexOf('</head>'));
  return {
    status: response.status,
    rel: (rel: string) => new RegExp(`<link rel="${rel}" href="([^"]*)"`).exec(head)?.[1] ?? null,
    stories: [...html.matchAll(/<li class="story">/g)].length,
    text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '),
  };
}

/** The story ids a list page links, in order. */
const storyIds = (hrefs: string[]) =>
  hrefs.map((href) => /^\/stories\/(generated-story-\d+)$/.exec(href)?.[1]).filter(Boolean);

describe('an archive of 45 stories in pages of 20', () => {
  it('prerenders every page of home with its place, its stories and rel links in the head', async () => {
    const [first, second, third] = [
      await served('/'),
      await served('/page/2'),
      await served('/page/3'),
    ];
    expect([first.status, second.status, third.status]).toEqual([200, 200, 200]);
    expect([first.stories, second.stories, third.stories]).toEqual([20, 20, 5]);
    expect(first.text).toContain('Page 1 of 3');
    expect(third.text).toContain('Page 3 of 3');
    expect([first.rel('prev'), first.rel('next')]).toEqual([null, '/page/2']);
    expect([second.rel('prev'), second.rel('next')]).toEqual(['/', '/page/3']);
    expect([third.rel('prev'), third.rel('next')]).toEqual(['/page/2', null]);
  });

  it('pages newest first with Next and Previous in the browser, rel links following', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/`);
    const titles = page.locator('.story-list .story-title a');
    const ids = async () =>
      storyIds(await titles.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')));
    expect((await ids()).slice(0, 2)).toEqual(['generated-story-45', 'generated-story-44']);
    await page.getByRole('link', { name: 'Next page →' }).click();
    await page.getByText('Page 2 of 3').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/page/2');
    expect((await ids())[0]).toBe('generated-story-25');
    expect(await page.locator('head link[rel="next"]').getAttribute('href')).toBe('/page/3');
    await page.getByRole('link', { name: 'Next page →' }).click();
    await page.getByText('Page 3 of 3').first().waitFor();
    expect(await ids()).toEqual([5, 4, 3, 2, 1].map((n) => `generated-story-${n}`));
    expect(await page.locator('head link[rel="next"]').count()).toBe(0);
    await page.getByRole('link', { name: '← Previous page' }).click();
    await page.getByText('Page 2 of 3').first().waitFor();
    expect(await page.title()).toBe('Stories, page 2 of 3 · News Versions');
    expect(errors).toEqual([]);
  });

  it('lists only the tagged stories under a tag, reached from an article and the index', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/articles/generated-story-4-ap`);
    await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: TAG }).click();
    await page.getByRole('heading', { level: 1, name: `Stories tagged “${TAG}”` }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/tags/third-story');
    const hrefs = await page
      .locator('.story-list .story-title a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(storyIds(hrefs)).toEqual(
      [...tagged].reverse().map((n) => `generated-story-${n}`), // newest first, and no other
    );
    expect(await page.locator('.pager').count()).toBe(0); // 15 stories: one page
    await page.goto(`${base}/tags`);
    const entry = page.getByRole('listitem').filter({ hasText: TAG });
    expect(await entry.innerText()).toContain('15 stories');
    expect(errors).toEqual([]);
  });

  it('links an article’s publisher and date to their lists; months are grouped by year', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/articles/generated-story-40-ap`);
    await page.locator('.meta-line').getByRole('link', { name: 'Feb 9, 2021' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stories of February 2021' }).waitFor();
    expect(await page.locator('.story-list > li').count()).toBe(14); // Feb 1 to 14
    await page.goto(`${base}/articles/generated-story-40-ap`);
    await page.locator('.meta-line').getByRole('link', { name: 'Japan Today' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stories from Japan Today' }).waitFor();
    await page.getByText('Page 1 of 3').first().waitFor();
    await page.goto(`${base}/months`);
    await page.getByRole('heading', { level: 2, name: '2021' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('answers a page out of range, a bad page number and an unknown tag as not found', async () => {
    const past = await served('/page/4');
    expect(past.status).toBe(404);
    const { page, errors } = await openPage(browser);
    await page.goto(`${base}/page/4`);
    await page.getByText('The list of stories has 3 pages: there is no page 4.').waitFor();
    expect(await page.locator('.not-found-path mark').innerText()).toMatch(/^4/);
    // The newest stories, never all of them.
    expect(await page.locator('.recent-stories li').count()).toBe(10);
    await page.getByRole('link', { name: 'All 45 stories' }).waitFor();
    await page.goto(`${base}/tags/third-story/page/2`);
    await page.getByText(`The tag “${TAG}” has 1 page: there is no page 2.`).waitFor();
    await page.goto(`${base}/page/1`);
    await page.getByText(/its first page's address has no page number/).waitFor();
    await page.goto(`${base}/tags/no-such-tag`);
    await page.getByText('No story has a tag whose address is “no-such-tag”.').waitFor();
    expect((await served('/tags/no-such-tag')).status).toBe(404);
    expect(errors).toEqual([]);
  });
});
