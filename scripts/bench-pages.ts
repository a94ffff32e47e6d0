/**
 * The archive's list pages (issue 16): the HTML and data of home and of a tag's page, on disk and
 * as the browser fetches them, for N generated stories, with the build's time and peak memory.
 * A page holds 20 stories at any N, so its figures should not move with N. Figures only.
 *
 * `npm run bench -- pages`, or `npx tsx scripts/bench-pages.ts 100 10000` for other sizes.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../src/node/chromium.ts';
import { generateContent } from './generate-content.ts';
import { buildSite, fileBytes, kb, pageBytes, serveSite } from './bench-site.ts';

/** The pages measured, by address, with their data file (the generated stories' tag "Japan"). */
const PAGES: [string, string, string][] = [
  ['home', '/', 'data/list/home/1.json'],
  ['home, page 2', '/page/2', 'data/list/home/2.json'],
  ['tag', '/tags/japan', 'data/list/tag/japan/1.json'],
  ['tag, page 2', '/tags/japan/page/2', 'data/list/tag/japan/2.json'],
  ['tag index', '/tags', 'data/list/index/tag/1.json'],
];

const htmlFile = (pathname: string) => path.join(pathname.replace(/^\//, ''), 'index.html');

export async function runPagesBench(sizes: readonly number[] = [100, 10_000]): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'news-versions-pages-'));
  const browser = await launchChromium();
  try {
    console.log('\nList pages: bytes on disk (raw / gzip) and fetched by the browser (gzip)');
    for (const n of sizes) {
      const content = path.join(dir, `content-${n}`);
      generateContent(content, n, 1);
      const site = path.join(dir, `site-${n}`);
      const figures = buildSite(content, site);
      const lists = readdirSync(path.join(site, 'data/list'), { recursive: true }).filter((f) =>
        String(f).endsWith('.json'),
      ).length;
      console.log(
        `  N = ${n}: build ${figures.seconds.toFixed(1)} s, peak ${figures.peakMb.toFixed(0)} MB, ${lists} list data files`,
      );
      const served = await serveSite(site, 4199);
      for (const [name, pathname, data] of PAGES) {
        const html = fileBytes(site, htmlFile(pathname));
        const json = fileBytes(site, data);
        const fetched = await pageBytes(browser, site, `${served.base}${pathname}`);
        console.log(
          `    ${name.padEnd(13)} HTML ${kb(html.raw).padStart(9)} / ${kb(html.gzip).padStart(8)}   data ${kb(json.raw).padStart(9)} / ${kb(json.gzip).padStart(8)}   fetched: HTML ${kb(fetched.html)}, data ${kb(fetched.data)}, JS ${kb(fetched.code)}`,
        );
      }
      await served.server.close();
      rmSync(site, { recursive: true, force: true });
      rmSync(content, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const sizes = process.argv.slice(2).map(Number);
  await runPagesBench(sizes.length > 0 ? sizes : undefined);
}
