/**
 * Lighthouse 12 (the last major that runs on Node 20; 13 needs Node 22) against the production
 * build on localhost, in Debian's Chromium, offline: home, an article and the comparison, with the
 * mobile and desktop presets. Prints the four category scores and LCP, FCP, TBT and CLS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launchChromium } from '../src/node/chromium.ts';
import { buildSite, serveSite } from './bench-site.ts';
import { SEED_ROUTES } from './bench-routes.ts';

const PORT = 9333;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function runLighthouseBench(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'news-versions-lighthouse-'));
  const out = path.join(dir, 'site');
  buildSite(null, out);
  const { server, base } = await serveSite(out, 4199);
  const browser = await launchChromium([`--remote-debugging-port=${PORT}`], {
    // Playwright turns the back/forward cache off by default; Lighthouse audits it.
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  console.log('\nLighthouse 12 (scores 0–100; LCP, FCP in s; TBT in ms; CLS)');
  console.log(
    `  ${'page'.padEnd(11)} ${'preset'.padEnd(8)} ${'perf'.padStart(4)} ${'a11y'.padStart(4)} ${'best'.padStart(4)} ${'seo'.padStart(4)} ${'LCP'.padStart(6)} ${'FCP'.padStart(6)} ${'TBT'.padStart(5)} ${'CLS'.padStart(6)}`,
  );
  try {
    for (const [name, route] of SEED_ROUTES.filter(([n]) => n !== 'not found')) {
      for (const preset of ['mobile', 'desktop'] as const) {
        const result = await lighthouse(
          `${base}${route}`,
          { port: PORT, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
          preset === 'desktop' ? desktopConfig : undefined,
        );
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse gave no result for ${route}`);
        const score = (id: string) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100));
        const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        console.log(
          `  ${name.padEnd(11)} ${preset.padEnd(8)} ${CATEGORIES.map((c) => score(c).padStart(4)).join(' ')} ${(metric('largest-contentful-paint') / 1000).toFixed(2).padStart(6)} ${(metric('first-contentful-paint') / 1000).toFixed(2).padStart(6)} ${metric('total-blocking-time').toFixed(0).padStart(5)} ${metric('cumulative-layout-shift').toFixed(3).padStart(6)}`,
        );
        const failing = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
          .map((a) => a.id);
        if (failing.length > 0) console.log(`      failing audits: ${failing.join(', ')}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
