/// <reference lib="dom" />
/**
 * Comparison view responsiveness, in Chromium with the CPU slowed down 4 times: the long tasks
 * (over 50 ms) seen while a reader clicks a sentence, steps with n/p/j, hovers and picks a
 * finding, on the seed pair and on a generated story whose versions are 100 times longer.
 * Chromium's long tasks leave out the rendering (style, layout, paint) of a frame, which is most
 * of the cost of a jump to far text, so the long animation frames are reported too: for each,
 * its length and its blocking time (how much its longest task, rendering included, and any other
 * long task went over 50 ms). A frame blocking 0 ms had no task over 50 ms.
 * After the three fixtures, the browser's own floor in the same run (bench-floor.ts): what a
 * static page pays to draw the same kind of text, so the view's figures can be read against it.
 * Figures only: task lengths depend on the machine and its load, so no test asserts them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from '../src/node/chromium.ts';
import { buildSite } from './bench-site.ts';
import { runFloorBench } from './bench-floor.ts';
import { FRAME_BUDGET, settled, startFrameLog, takeFrames, type Frames } from './bench-frames.ts';
import { generateContent, generateLightlyEdited } from './generate-content.ts';

/**
 * Builds a fixture's site in a process of its own (a second `build()` in one process rendered
 * the first build's article pages into the second site), and serves it.
 */
async function site(contentDir: string | null, outDir: string) {
  buildSite(contentDir, outDir);
  const server = await preview({
    logLevel: 'silent',
    build: { outDir },
    preview: { port: Number(process.env['BENCH_UI_PORT'] ?? 4195), host: '127.0.0.1' },
  });
  return { server, base: (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '') };
}

interface Result extends Frames {
  step: string;
}

declare function clickLabel(text: string): void;
declare function clickButton(text: string): void;

/**
 * Marks the sentence the reader clicks and hovers: the first match on the screen, or else the
 * first match, scrolled to the middle of the screen. A reader clicks what is on the screen; the
 * bench clicked a sentence 1,300 rows further down until 6 Dec 2026, which no reader can.
 */
export function markTarget(page: Page, selector: string): Promise<unknown> {
  return page.evaluate((s) => {
    const all = [...document.querySelectorAll<HTMLElement>(s)];
    const onScreen = all.find((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 150 && box.bottom <= window.innerHeight - 50;
    });
    const el = onScreen ?? all[0];
    if (!onScreen) el?.scrollIntoView({ block: 'center' });
    el?.setAttribute('data-bench-target', '');
  }, selector);
}

/** Interactions sent as a browser receives them (DOM clicks, CDP keys and pointer moves). */
export async function measure(page: Page, sentence: string, finding: number): Promise<Result[]> {
  await page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })),
  );
  await startFrameLog(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // What the steps click is found here, before any step: a query of the whole page (54,000
  // elements on ×100) in a step's own task cost 7 ms of its frame at 4×, which no reader's click
  // does (until 7 Dec 2026).
  await page.evaluate(`
      const toolbar = document.querySelector('.cmp-toolbar');
      window.clickLabel = (text) => [...toolbar.querySelectorAll('label')].find((l) => l.textContent.includes(text))?.querySelector('input')?.click();
      window.clickButton = (text) => [...toolbar.querySelectorAll('button')].find((b) => b.textContent.trim() === text)?.click();
      window.benchTarget = document.querySelector(${JSON.stringify(sentence)});
      window.benchFindings = document.querySelector('.verdict').querySelectorAll('.verdict-finding');
    `);
  const box = await page.locator(sentence).first().boundingBox();
  const steps: [string, () => Promise<unknown>][] = [
    ['click a sentence', () => page.evaluate('window.benchTarget?.click()')],
    ['key n', () => page.keyboard.press('n')],
    ['key p', () => page.keyboard.press('p')],
    ['hover a sentence', () => (box ? page.mouse.move(box.x + 5, box.y + 5) : Promise.resolve())],
    ['choose a finding', () => page.evaluate(`window.benchFindings[${finding}]?.click()`)],
    [
      'open a fold',
      () => page.evaluate(() => document.querySelector<HTMLElement>('.cmp-fold button')?.click()),
    ],
    ['toggle changes only', () => page.evaluate(() => clickLabel('Changes only'))],
    ['toggle it back', () => page.evaluate(() => clickLabel('Changes only'))],
    ['switch to inline', () => page.evaluate(() => clickButton('Inline'))],
    ['switch to side', () => page.evaluate(() => clickButton('Side by side'))],
  ];
  await takeFrames(page);
  const out: Result[] = [];
  for (const [step, run] of steps) {
    await run();
    await settled(page);
    out.push({ step, ...(await takeFrames(page)) });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return out;
}

export async function runCompareUiBench(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'news-versions-ui-bench-'));
  const browser = await launchChromium();
  console.log(
    '\nComparison view in Chromium, 4× CPU slowdown: long tasks and long animation frames (ms) per interaction',
  );
  try {
    generateContent(path.join(dir, 'content'), 1, 100);
    generateLightlyEdited(path.join(dir, 'light'), 100);
    // Each case: its content (null: the site's own), the comparison, the sentence clicked and
    // hovered (a selector; the first match), and which finding is chosen.
    // and where the page is scrolled to first (a share of its height).
    for (const [name, content, url, sentence, finding, at] of [
      [
        'seed pair',
        null,
        '/compare/japan-vietnam-cyber-defense-ap/japan-vietnam-defense-scraped-rewrite',
        '[data-sid="L2"]',
        4,
        0,
      ],
      [
        '100× longer versions',
        path.join(dir, 'content'),
        '/compare/generated-story-1-ap/generated-story-1-rewrite',
        '.cmp-row-changed .cmp-s[data-sid^="L"]',
        300,
        0.4,
      ],
      [
        '100× longer, lightly edited (changes only on)',
        path.join(dir, 'light'),
        '/compare/lightly-edited-wire/lightly-edited-updated',
        '.cmp-row-changed .cmp-s[data-sid^="L"]',
        4,
        0,
      ],
    ] as const) {
      const { server, base } = await site(content, path.join(dir, name.replace(/\W+/g, '-')));
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${base}${url}`);
      await page.waitForSelector('.cmp-s');
      await page.evaluate((f) => window.scrollTo(0, f * document.body.scrollHeight), at);
      await settled(page);
      await markTarget(page, sentence);
      await settled(page);
      // The sentences shown: the mode not shown stays mounted, hidden.
      const sentences = await page.$$eval(
        '.cmp-s',
        (els) => els.filter((el) => el.closest('[hidden]') === null).length,
      );
      const results = await measure(page, '[data-bench-target]', finding);
      const frameWorst = Math.max(0, ...results.map((r) => r.worstFrame));
      // The longest task, or 50 ms plus a frame's blocking time (its longest task, rendering
      // included, when it was the frame's only long task; an upper bound otherwise).
      const worst = Math.max(
        0,
        ...results.flatMap((r) => [
          ...r.tasks,
          ...r.frames.filter(([, b]) => b > 0).map(([, b]) => 50 + b),
        ]),
      );
      console.log(
        `  ${name} (${sentences} sentences shown): longest task ${worst} ms; longest frame ${frameWorst} ms` +
          (frameWorst > FRAME_BUDGET
            ? ` — over the ${FRAME_BUDGET} ms frame budget`
            : ` — every frame within ${FRAME_BUDGET} ms`),
      );
      for (const r of results)
        console.log(
          `    ${r.step.padEnd(18)} longest frame ${r.worstFrame} ms (${r.over} over ${FRAME_BUDGET}); ` +
            `${r.tasks.length ? r.tasks.join(', ') : 'no long task'}; ` +
            `frames ${r.frames.length ? r.frames.map(([d, b]) => `${d} (blocking ${b})`).join(', ') : 'none over 50 ms'}`,
        );
      await page.close();
      await server.close();
    }
    await runFloorBench(browser);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
