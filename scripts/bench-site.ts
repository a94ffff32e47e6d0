/**
 * Shared by the site benchmarks: build a content folder into a site (in a child process, so its
 * time and peak memory are its own), serve it, and measure what a page loads in Chromium.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export interface BuildFigures {
  seconds: number;
  /** Peak resident memory of the build process, in MB. */
  peakMb: number;
}

/** `vite build` of `contentDir` (null: the real content) into `outDir`, in its own process. */
export function buildSite(contentDir: string | null, outDir: string): BuildFigures {
  const script = `
    const { build } = await import('vite');
    const started = performance.now();
    await build({ logLevel: 'error', build: { outDir: ${JSON.stringify(outDir)}, emptyOutDir: true } });
    console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000, maxRssKb: process.resourceUsage().maxRSS }));
  `;
  const env = { ...process.env };
  if (contentDir) env['CONTENT_DIR'] = contentDir;
  else delete env['CONTENT_DIR'];
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !last.startsWith('{'))
    throw new Error(`build of ${contentDir ?? 'content/'} failed:\n${run.stderr}`);
  const figures = JSON.parse(last) as { seconds: number; maxRssKb: number };
  return { seconds: figures.seconds, peakMb: figures.maxRssKb / 1024 };
}

export async function serveSite(outDir: string, port: number) {
  const server: PreviewServer = await preview({
    logLevel: 'silent',
    build: { outDir },
    preview: { port, strictPort: false, host: '127.0.0.1' },
  });
  const base = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
  return { server, base };
}

export interface PageBytes {
  /** Gzip bytes of the JavaScript code the page fetched (assets/). */
  code: number;
  /** Gzip bytes of the content it fetched (data/: the list, articles, comparisons). */
  data: number;
  /** Gzip bytes of the HTML document itself (prerendered: it carries the page's text). */
  html: number;
  files: string[];
}

/** Opens `url` in a fresh page and sums the gzip size of every script it fetched. */
export async function pageBytes(browser: Browser, outDir: string, url: string): Promise<PageBytes> {
  const page = await browser.newPage();
  const files: string[] = [];
  const documents: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.endsWith('.js') || (pathname.startsWith('/data/') && pathname.endsWith('.json')))
      files.push(pathname);
    if (response.request().isNavigationRequest()) documents.push(response.body());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('main h1').first().waitFor();
  // A prerendered page starts its app after the first paint, which can come after the network
  // was first idle: wait until the app is live (`<html data-ready>`) and its fetches are done.
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  await Promise.all(documents);
  await page.close();
  let code = 0;
  let data = 0;
  for (const file of files) {
    const size = gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length;
    if (file.startsWith('/data/')) data += size;
    else code += size;
  }
  let html = 0;
  for (const body of await Promise.all(documents)) html += gzipSync(body, { level: 9 }).length;
  return { code, data, html, files };
}

/** The aligner and the Markdown/YAML parsers: no page of the site needs them in the browser. */
const HEAVY =
  /src\/engine\/(align|compare|sentences|tokens|findings|word-diff)\.ts|\/(remark|micromark|mdast|yaml|unified|diff|stemmer)\//;

/**
 * The source modules matching `pattern` (by default the heavy ones above) that any fetched
 * chunk was built from, read from the chunks' source maps.
 */
export function heavyModulesIn(
  outDir: string,
  files: readonly string[],
  pattern: RegExp = HEAVY,
): string[] {
  const found = new Set<string>();
  for (const file of files) {
    if (file.startsWith('/data/') || file === '/page-start.js') continue;
    let map: { sources?: string[] };
    try {
      map = JSON.parse(readFileSync(path.join(outDir, `${file}.map`), 'utf8')) as typeof map;
    } catch {
      continue;
    }
    for (const source of map.sources ?? [])
      if (pattern.test(source)) found.add(source.replace(/^.*?(src\/|node_modules\/)/, '$1'));
  }
  return [...found];
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Raw and gzip bytes of a file the build wrote (a page's HTML, a list's data file). */
export function fileBytes(outDir: string, file: string): { raw: number; gzip: number } {
  const source = readFileSync(path.join(outDir, file));
  return { raw: source.length, gzip: gzipSync(source, { level: 9 }).length };
}
