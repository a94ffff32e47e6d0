/**
 * Draws `scripts/favicon.svg` into `public/favicon.png` (64 px square), the icon the pages link.
 * Why a PNG: Chromium fetches the icon again after every history write (each click, key, fold
 * and mode switch writes the address), and an SVG icon is parsed into a document of its own on
 * the page's main thread: 3 ms at 1x, 10-12 ms at 4x CPU slowdown, a task of its own after the
 * frame. A PNG is decoded off that path. Run again only when the drawing changes:
 * `npx tsx scripts/favicon.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../src/node/chromium.ts';

const SIZE = 64;
const svg = readFileSync(new URL('favicon.svg', import.meta.url), 'utf8');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await page.setContent(
    `<body style="margin:0"><img width="${SIZE}" height="${SIZE}" src="data:image/svg+xml,${encodeURIComponent(svg)}"></body>`,
  );
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  const png = await page.screenshot({ omitBackground: true });
  writeFileSync(new URL('../public/favicon.png', import.meta.url), png);
} finally {
  await browser.close();
}
