/**
 * Search figures (printed, never asserted): for N generated stories, the size of Pagefind's index
 * on disk, and the bytes a reader's browser fetches for one query typed into the header's box
 * (Pagefind's script and WebAssembly, the index chunks and one fragment per hit shown, and the
 * app's own search code), against a plain baseline: every article's JSON, which a search that
 * ships its whole index (or scans all bodies) would fetch before it could answer.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../src/node/chromium.ts';
import { buildSite, kb, serveSite } from './bench-site.ts';
import { generateContent } from './generate-content.ts';

/** A word in every generated story, and a name in one story out of ten. */
const QUERIES = ['cybersecurity', 'Tanaka'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Bytes on disk under `dir`: all of it, and the index proper (index/ and fragment/ chunks). */
function indexOnDisk(dir: string) {
  let total = 0;
  let chunks = 0;
  let files = 0;
  for (const file of filesUnder(dir)) {
    const size = statSync(file).size;
    total += size;
    files += 1;
    if (/[\\/](index|fragment)[\\/]/.test(file)) chunks += size;
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
  // From typing to the first hit shown: loading Pagefind and every bucket, the 150 ms pause
  // before a query runs, the query in each bucket and the shown hits' fragments.
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
  // Pagefind's index and fragment files are gzip already; code and wasm are sent gzip by hosts.
  let code = 0;
  let index = 0;
  for (const file of new Set(fetched)) {
    const bytes = readFileSync(path.join(site, file));
    if (/\.pf_(index|fragment|meta)$/.test(file)) index += bytes.length;
    else code += gzipSync(bytes, { level: 9 }).length;
  }
  return { code, index, requests: new Set(fetched).size, status, firstMs, nextMs };
}

const HEADER = `  ${'N'.padStart(5)} ${'pages'.padStart(6)} ${'on disk'.padStart(9)} ${'of it chunks'.padStart(13)} ${'files'.padStart(6)}  ${'query'.padEnd(14)} ${'code+wasm gz'.padStart(13)} ${'index'.padStart(9)} ${'requests'.padStart(9)} ${'baseline'.padStart(9)} ${'first ms'.padStart(9)} ${'next ms'.padStart(8)} buckets`;

/** Prints the figures of the built site `site` of `n` stories, one line per query. */
async function measureSite(browser: Browser, site: string, n: number): Promise<void> {
  const disk = indexOnDisk(path.join(site, 'pagefind'));
  // Every bucket's entry (src/domain/search-index.ts): its pages in each language.
  const entries = filesUnder(path.join(site, 'pagefind')).filter((file) =>
    file.endsWith('pagefind-entry.json'),
  );
  let pages = 0;
  for (const file of entries) {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    pages += Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  }
  const baseline = baselineBytes(site);
  const served = await serveSite(site, 4631);
  try {
    for (const query of QUERIES) {
      const bytes = await queryBytes(browser, served.base, site, query);
      console.log(
        `  ${String(n).padStart(5)} ${String(pages).padStart(6)} ${kb(disk.total).padStart(9)} ${kb(disk.chunks).padStart(13)} ${String(disk.files).padStart(6)}  ${query.padEnd(14)} ${kb(bytes.code).padStart(13)} ${kb(bytes.index).padStart(9)} ${String(bytes.requests).padStart(9)} ${kb(baseline).padStart(9)} ${bytes.firstMs.toFixed(0).padStart(9)} ${bytes.nextMs.toFixed(0).padStart(8)} ${String(entries.length).padStart(7)}  ${bytes.status}`,
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
    console.log('\nSearch (Pagefind): index on disk, and bytes fetched for one query');
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
