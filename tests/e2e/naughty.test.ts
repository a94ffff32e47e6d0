/**
 * Hostile input, end to end: every string of the Big List of Naughty Strings in every place text
 * enters an article. The build accepts a string (and the page shows it as inert text) or rejects
 * its file with the usual located message. One site is built for the whole corpus; Chromium then
 * visits every article and every comparison under the site's Content Security Policy.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { serveBuiltSite } from './production-build.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/node/content/load-content.ts';
import { parseMarkdownFile } from '../../src/node/content/markdown.ts';
import { formatProblem, type Problem } from '../../src/node/content/problem.ts';
import { bodyParagraphs } from '../../src/domain/body.ts';
import { launchBrowser, openPage } from './browser.ts';
import {
  NAUGHTY_STRINGS,
  PLACES,
  writeNaughtyContent,
  type NaughtyArticle,
} from './naughty-content.ts';

const CONTENT = 'test-results/naughty-content';
const OUT = 'test-results/naughty-site';

let browser: Browser;
let server: PreviewServer;
let base = '';
const accepted: NaughtyArticle[] = [];
const rejected: { article: NaughtyArticle; problems: Problem[] }[] = [];

beforeAll(async () => {
  const articles = writeNaughtyContent(CONTENT);
  const { problems } = await loadContent(CONTENT);
  const errors = problems.filter((p) => p.severity === 'error');
  for (const article of articles) {
    const own = errors.filter((p) => path.resolve(p.file) === path.resolve(article.file));
    if (own.length > 0) rejected.push({ article, problems: own });
    else accepted.push(article);
  }
  // Invalid content never half-ships, so the site is built from the accepted files only.
  for (const { article } of rejected) rmSync(article.file);
  ({ server, base } = await serveBuiltSite({
    env: { CONTENT_DIR: CONTENT },
    outDir: OUT,
    port: 4182,
  }));
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Text as compared: composed, without whitespace, controls or invisible format characters. */
const squash = (text: string) => text.normalize('NFC').replace(/[\p{Cc}\p{Cf}\p{Z}\s]/gu, '');

/** Client-side navigation (as a reader following links), so hundreds of pages need one load. */
async function goTo(page: Page, url: string, ready: string) {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, url);
  await page.getByText(ready, { exact: false }).first().waitFor({ timeout: 10_000 });
}

/** Anything hostile text could have turned into: live elements, handlers, unsafe links. */
function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const live =
      'iframe, object, embed, img, svg, math, video, audio, form, base, meta[http-equiv="refresh"], style';
    for (const el of document.querySelectorAll(`main :is(${live})`))
      found.push(el.outerHTML.slice(0, 80));
    for (const el of document.querySelectorAll('script')) {
      const src = el.getAttribute('src') ?? '';
      if (!/^\/(assets\/[\w.-]+\.js|page-start\.js)$/.test(src))
        found.push(el.outerHTML.slice(0, 80));
    }
    for (const el of document.querySelectorAll('*'))
      for (const attr of el.getAttributeNames())
        if (attr.startsWith('on')) found.push(`${el.tagName} ${attr}`);
    for (const a of document.querySelectorAll('a[href]')) {
      const url = new URL((a as HTMLAnchorElement).href);
      if (!['http:', 'https:', 'mailto:'].includes(url.protocol))
        found.push(`link to ${url.protocol}`);
      if (url.origin !== location.origin && url.protocol !== 'mailto:') {
        const rel = a.getAttribute('rel') ?? '';
        if (!rel.includes('noopener') || !rel.includes('noreferrer'))
          found.push(`external link without rel=noopener noreferrer`);
      }
    }
    if ((window as unknown as { pwned?: unknown }).pwned !== undefined)
      found.push('window.pwned set');
    return found;
  });
}

describe('the Big List of Naughty Strings in every place text enters', () => {
  it('rejects a file only with located messages naming the field', () => {
    expect(accepted.length + rejected.length).toBe(NAUGHTY_STRINGS.length);
    for (const { article, problems } of rejected) {
      expect(article.value.trim()).toBe(''); // only blank strings are refused: every field needs text
      for (const problem of problems)
        expect(formatProblem(problem)).toMatch(/^\S+\.md:\d+:\d+ {2}[\w.[\]]+: .+\(expected .+\)/);
    }
  });

  it('shows every accepted string as inert text, with no script run, in Chromium', async () => {
    const { page, errors, violations } = await openPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${base}/`);
    await page.locator('main h1').waitFor();
    const failures: string[] = [];

    // Home's pages list every version: headline, byline, publisher and agency.
    let home = squash((await page.locator('main').textContent()) ?? '');
    for (let n = 2; (await page.locator('link[rel="next"]').count()) > 0; n += 1) {
      await page.goto(`${base}/page/${n}`);
      await page.locator('main h1').waitFor();
      home += squash((await page.locator('main').textContent()) ?? '');
    }
    for (const { index, value } of accepted)
      if (!home.includes(squash(value))) failures.push(`home: string ${index} not shown`);

    for (const article of accepted) {
      const { index, id, file, value } = article;
      await goTo(page, `/articles/${id}`, `Naughty string ${index} follows.`);
      const text = squash((await page.locator('main').textContent()) ?? '');
      const expected = [
        squash(value), // every frontmatter field and the comment hold it verbatim
        ...bodyParagraphs(parseMarkdownFile(readFileSync(file, 'utf8')).blocks).map(squash),
      ];
      for (const piece of expected)
        if (!text.includes(piece)) failures.push(`article ${index}: text missing`);
      for (const bad of await injected(page)) failures.push(`article ${index}: ${bad}`);
    }

    // Every comparison of two accepted versions.
    const ids = new Set(accepted.map((a) => a.index));
    let comparisons = 0;
    for (const { index } of accepted) {
      if (index % 2 !== 0 || !ids.has(index + 1)) continue;
      await goTo(page, `/compare/naughty-${index}/naughty-${index + 1}`, 'Naughty string');
      comparisons += 1;
      for (const bad of await injected(page)) failures.push(`comparison ${index}: ${bad}`);
    }

    expect(failures).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    console.log(
      `naughty strings: ${NAUGHTY_STRINGS.length} tried in ${PLACES.length} places; ` +
        `${accepted.length} accepted and shown as text, ${rejected.length} rejected with a message; ` +
        `home, ${accepted.length} articles and ${comparisons} comparisons visited; ` +
        `0 executions`,
    );
  }, 600_000);
});
