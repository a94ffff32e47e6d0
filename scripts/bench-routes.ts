/**
 * What each route costs and how that grows with the archive. Figures only, nothing asserted.
 *
 * 1. Per route of the real site: JavaScript fetched (gzip) and content data fetched, against the
 *    100 KB budget, and whether any chunk carries the aligner or a parser. The aligner is a lazy
 *    chunk (src/store/compute-comparison.ts) loaded only for a pair the build did not precompute,
 *    which no seed route is: "none" is the expected answer on every route.
 * 2. Scale: for N = 2, 100 and 1,000 generated stories (two versions each), build time, peak
 *    memory of the build, and the bytes of home and of one article page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../src/node/chromium.ts';
import { generateContent } from './generate-content.ts';
import { buildSite, heavyModulesIn, kb, pageBytes, serveSite } from './bench-site.ts';

/** JavaScript a route may fetch, gzip: what a reader on a slow phone waits for. */
export const ROUTE_JS_BUDGET = 100 * 1024;
const AP = 'japan-vietnam-cyber-defense-ap';
const REWRITE = 'japan-vietnam-defense-scraped-rewrite';
export const SEED_ROUTES: [string, string][] = [
  ['home', '/'],
  ['story', '/stories/japan-vietnam-cyber-space-pact-2021'],
  ['article', `/articles/${AP}`],
  ['comparison', `/compare/${AP}/${REWRITE}`],
  ['not found', '/no/such/page'],
];

export async function runRouteBench(scaleSizes: readonly number[] = [2, 100, 1000]): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'news-versions-routes-'));
  const browser = await launchChromium();
  try {
    console.log('\nBytes per route (gzip; budget: 100 KB of JavaScript per route)');
    const out = path.join(dir, 'seed-site');
    buildSite(null, out);
    const { server, base } = await serveSite(out, 4197);
    console.log(
      `  ${'route'.padEnd(12)} ${'HTML'.padStart(9)} ${'JavaScript'.padStart(10)} ${'data'.padStart(9)}  aligner or parser loaded`,
    );
    for (const [name, route] of SEED_ROUTES) {
      const bytes = await pageBytes(browser, out, `${base}${route}`);
      const heavy = heavyModulesIn(out, bytes.files);
      console.log(
        `  ${name.padEnd(12)} ${kb(bytes.html).padStart(9)} ${kb(bytes.code).padStart(10)} ${kb(bytes.data).padStart(9)}  ${heavy.length ? heavy.join(', ') : 'none'}${bytes.code > ROUTE_JS_BUDGET ? '  (over budget)' : ''}`,
      );
    }
    await server.close();

    console.log('\nScale: N stories of two versions each (generated from the seed story)');
    console.log(
      `  ${'N'.padStart(5)} ${'build'.padStart(8)} ${'peak mem'.padStart(9)} ${'home HTML'.padStart(9)} ${'home JS'.padStart(9)} ${'home data'.padStart(10)} ${'article HTML'.padStart(13)} ${'article JS'.padStart(11)} ${'article data'.padStart(13)}`,
    );
    for (const n of scaleSizes) {
      const content = path.join(dir, `content-${n}`);
      generateContent(content, n, 1);
      const site = path.join(dir, `site-${n}`);
      const figures = buildSite(content, site);
      const served = await serveSite(site, 4198);
      const home = await pageBytes(browser, site, `${served.base}/`);
      const article = await pageBytes(
        browser,
        site,
        `${served.base}/articles/generated-story-1-ap`,
      );
      await served.server.close();
      console.log(
        `  ${String(n).padStart(5)} ${`${figures.seconds.toFixed(1)} s`.padStart(8)} ${`${figures.peakMb.toFixed(0)} MB`.padStart(9)} ${kb(home.html).padStart(9)} ${kb(home.code).padStart(9)} ${kb(home.data).padStart(10)} ${kb(article.html).padStart(13)} ${kb(article.code).padStart(11)} ${kb(article.data).padStart(13)}`,
      );
      rmSync(site, { recursive: true, force: true });
      rmSync(content, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
