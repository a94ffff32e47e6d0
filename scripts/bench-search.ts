/**
 * Search figures (printed, never asserted): for N generated stories, the size of the search
 * index on disk (src/domain/search-index.ts), and the bytes a reader's browser fetches for one
 * query typed into the header's box (gzip, as hosts send them: the app's search code, the
 * index's table, words and article-id files, and the shown hits' article data), against a plain
 * baseline: every article's JSON, which a search that ships its whole index (or scans all
 * bodies) would fetch before it could answer.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../src/node/chromium.ts';
import { buildSite, kb, serveSite } from './bench-site.ts';
import { generateContent } from './generate-content.ts';
import { parseTable, SEARCH_DIR, TABLE_FILE } from '../src/domain/search-index.ts';

/** A word in every generated story, and a name in one story out of ten. */
const QUERIES = ['cybersecurity', 'Tanaka'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Bytes on disk under `dir`: all of it, and the words files'. */
function indexOnDisk(dir: string) {
  let total = 0;
  let chunks = 0;
  let files = 0;
  for (const file of filesUnder(dir)) {
    const size = statSync(file).size;
    total += size;
    files += 1;
    if (/[\\/]words[\\/]/.test(file)) chunks += size;
  }
  return { total, chunks, files };
}

/** gzip size of every article's data file: what a whole-index search would fetch first. */
function baselineBytes(site: string): number {
  let bytes = 0;
  for (const file of filesUnder(path.join(site, 'data', 'article')))
    bytes += gzipSync(readFileSync(file), { level: 9 }).length;
  return bytes;
}

/** Types `query` in the header's box on an article page; the bytes search fetched, by kind. */
async function queryBytes(browser: Browser, base: string, site: string, query: string) {
  const page = await browser.newPage();
  await page.goto(`${base}/articles/generated-story-1-ap`, { waitUntil: 'networkidle' });
  await page.locator('html[data-ready]').waitFor();
  const fetched: string[] = [];
  page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  const started = performance.now();
  await page.locator('#site-search').fill(query);
  await page
    .locator('.search-panel .search-hits li')
    .first()
    .waitFor()
    .catch(async (error: unknown) => {
      const said = await page
        .locator('.search-panel')
        .innerText()
        .catch(() => '(no panel)');
      throw new Error(`searching "${query}" showed: ${said}`, { cause: error });
    });
  // From typing to the first hit shown: loading the table, the 150 ms pause before a query
  // runs, the words files, the hits' ids and their articles' data.
  const firstMs = performance.now() - started;
  // A second query, everything loaded: what each further word the reader types costs.
  const again = performance.now();
  await page.locator('#site-search').fill(`${query} `);
  await page.locator('#site-search').fill(query.slice(0, -1));
  await page
    .locator('.search-panel [role="status"]')
    .filter({ hasText: `“${query.slice(0, -1)}”` })
    .waitFor();
  const nextMs = performance.now() - again;
  await page.locator('#site-search').fill(query);
  await page
    .locator('.search-panel [role="status"]')
    .filter({ hasText: `“${query}”` })
    .waitFor();
  await page.waitForLoadState('networkidle');
  const status = await page.locator('.search-panel [role="status"]').innerText();
  await page.close();
  // Hosts send every one of these gzip.
  let code = 0;
  let index = 0;
  for (const file of new Set(fetched)) {
    const bytes = gzipSync(readFileSync(path.join(site, file)), { level: 9 }).length;
    if (file.startsWith('/assets/')) code += bytes;
    else index += bytes;
  }
  return { code, index, requests: new Set(fetched).size, status, firstMs, nextMs };
}

const HEADER = `  ${'N'.padStart(5)} ${'pages'.padStart(6)} ${'on disk'.padStart(9)} ${'of it chunks'.padStart(13)} ${'files'.padStart(6)}  ${'query'.padEnd(14)} ${'code gz'.padStart(13)} ${'index+data'.padStart(10)} ${'requests'.padStart(9)} ${'baseline'.padStart(9)} ${'first ms'.padStart(9)} ${'next ms'.padStart(8)}`;

/** Prints the figures of the built site `site` of `n` stories, one line per query. */
async function measureSite(browser: Browser, site: string, n: number): Promise<void> {
  const disk = indexOnDisk(path.join(site, SEARCH_DIR));
  const table = parseTable(
    JSON.parse(readFileSync(path.join(site, SEARCH_DIR, TABLE_FILE), 'utf8')) as unknown,
  );
  const pages = table?.articles ?? 0;
  const baseline = baselineBytes(site);
  const served = await serveSite(site, 4631);
  try {
    for (const query of QUERIES) {
      const bytes = await queryBytes(browser, served.base, site, query);
      console.log(
        `  ${String(n).padStart(5)} ${String(pages).padStart(6)} ${kb(disk.total).padStart(9)} ${kb(disk.chunks).padStart(13)} ${String(disk.files).padStart(6)}  ${query.padEnd(14)} ${kb(bytes.code).padStart(13)} ${kb(bytes.index).padStart(10)} ${String(bytes.requests).padStart(9)} ${kb(baseline).padStart(9)} ${bytes.firstMs.toFixed(0).padStart(9)} ${bytes.nextMs.toFixed(0).padStart(8)}  ${bytes.status}`,
      );
    }
  } finally {
    await served.server.close();
  }
}

export async function runSearchBench(sizes: readonly number[] = [2, 100, 1000]): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'news-versions-search-'));
  const browser = await launchChromium();
  try {
    console.log('\nSearch: index on disk, and bytes fetched for one query');
    console.log(HEADER);
    for (const n of sizes) {
      const content = path.join(dir, `content-${n}`);
      generateContent(content, n, 1);
      const site = path.join(dir, `site-${n}`);
      buildSite(content, site);
      await measureSite(browser, site, n);
      rmSync(site, { recursive: true, force: true });
      rmSync(content, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `npx tsx scripts/bench-search.ts 100 1000` builds and measures those sizes;
 * `… --site DIR N` measures a site already built from N generated stories (e.g. the one
 * bench-scale's run left), without building it again.
 */
if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const at = process.argv.indexOf('--site');
  if (at >= 0) {
    const browser = await launchChromium();
    try {
      console.log(HEADER);
      await measureSite(
        browser,
        path.resolve(process.argv[at + 1] ?? ''),
        Number(process.argv[at + 2]),
      );
    } finally {
      await browser.close();
    }
  } else {
    const sizes = process.argv.slice(2).map(Number);
    await runSearchBench(sizes.length > 0 ? sizes : undefined);
  }
}
