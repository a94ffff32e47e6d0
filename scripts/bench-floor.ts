/// <reference lib="dom" />
/**
 * The browser's own floor, measured beside the comparison view in the same run: a static page
 * with no framework and no script but one click handler, two columns of generated news text set
 * like the comparison's, and the CPU slowed down 4 times. Each case clicks a button a few times
 * and takes the longest frame of each click, exactly as the comparison's bench does. What the
 * static page cannot do within the frame budget, no view built on it can; the figures say how much
 * of a comparison's frame is the browser drawing the text and how much is ours.
 */
import type { Browser } from 'playwright-core';
import { FRAME_BUDGET, settled, startFrameLog, takeFrames } from './bench-frames.ts';

const WORDS = (
  'the minister said on tuesday that talks would resume after a ceasefire held across region ' +
  'while officials in both capitals declined to comment reports of new troop movements near ' +
  'border agency counted 1,200 people who had left their homes since march and aid convoys ' +
  'were waiting at crossing for permission move'
).split(' ');

/** Generated text: `count` paragraphs of three to five sentences, the same for the same seed. */
function paragraphs(count: number, seed: number): string {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const out: string[] = [];
  for (let p = 0; p < count; p++) {
    const sentences: string[] = [];
    for (let s = 3 + next(3); s > 0; s--) {
      const words = Array.from({ length: 12 + next(14) }, () => WORDS[next(WORDS.length)]);
      const text = words.join(' ');
      sentences.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
    }
    out.push(`<p>${sentences.join(' ')}</p>`);
  }
  return out.join('');
}

/** Two columns of `count` paragraphs, in chunks of 16 paragraphs like the comparison's rows. */
function columns(count: number, seed: number): string {
  const column = (s: number) => {
    const chunks: string[] = [];
    for (let at = 0; at < count; at += 16)
      chunks.push(`<div class="chunk">${paragraphs(Math.min(16, count - at), s + at)}</div>`);
    return `<div>${chunks.join('')}</div>`;
  };
  return column(seed) + column(seed + 7919);
}

const PARAGRAPHS = 320;

/** The comparison's type and measure (styles.css, compare.css), its chunks and its skipping. */
const STYLE = `
  body { margin: 0; font: 1.125rem/1.6 Charter, 'Bitstream Charter', 'Noto Serif', 'DejaVu Serif', Georgia, serif; }
  #views { display: grid; max-width: 138ch; margin: 0 auto; padding: 1rem; }
  main { grid-area: 1 / 1; display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 2rem; }
  main[hidden] { display: none; }
  .chunk { content-visibility: auto; contain-intrinsic-size: auto 30em; }
  .all .chunk { content-visibility: visible; }
  .one main { grid-template-columns: minmax(0, 1fr); max-width: 65ch; margin: 0 auto; }
  .off { visibility: hidden; }
`;

interface Case {
  name: string;
  /** The class on <body>, and what a click does. */
  body: string;
  /** Paragraphs in each column of each text. */
  count: number;
  /** How the second text starts out: not rendered, or laid out but invisible (a repaint). */
  second: 'hidden' | 'class="off"';
  click: string;
}

const CASES: Case[] = [
  {
    name: 'a click that draws nothing new',
    body: '',
    count: PARAGRAPHS,
    second: 'hidden',
    click: "document.getElementById('flag').toggleAttribute('data-on')",
  },
  {
    name: 'repaint a laid-out screen of other text',
    body: '',
    count: PARAGRAPHS,
    second: 'class="off"',
    click: "a.classList.toggle('off'); b.classList.toggle('off')",
  },
  {
    name: 'switch to a screen of new text, and no more text than that',
    body: '',
    count: 8,
    second: 'hidden',
    click: 'a.hidden = !a.hidden; b.hidden = !b.hidden',
  },
  {
    name: 'the same, one column (as inline)',
    body: 'one',
    count: 8,
    second: 'hidden',
    click: 'a.hidden = !a.hidden; b.hidden = !b.hidden',
  },
  {
    name: 'switch to new text, chunks skipped off screen (as the comparison)',
    body: '',
    count: PARAGRAPHS,
    second: 'hidden',
    click: 'a.hidden = !a.hidden; b.hidden = !b.hidden',
  },
  {
    name: 'the same switch, every paragraph laid out',
    body: 'all',
    count: PARAGRAPHS,
    second: 'hidden',
    click: 'a.hidden = !a.hidden; b.hidden = !b.hidden',
  },
];

function html(c: Case): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${STYLE}</style></head>` +
    `<body class="${c.body}"><button id="go">Switch</button><div id="flag" hidden></div>` +
    `<div id="views"><main id="a">${columns(c.count, 1)}</main>` +
    `<main id="b" ${c.second}>${columns(c.count, 2)}</main></div>` +
    `<script>const a = document.getElementById('a'), b = document.getElementById('b');` +
    `document.getElementById('go').addEventListener('click', () => { ${c.click} });</script>` +
    `</body></html>`
  );
}

const ROUNDS = 3;
const CLICKS = 4;

export async function runFloorBench(browser: Browser): Promise<void> {
  // Per case, the longest frame of each click: the first shows text the page has never drawn.
  const first = new Map<string, number[]>(CASES.map((c) => [c.name, []]));
  const later = new Map<string, number[]>(CASES.map((c) => [c.name, []]));
  // Rounds alternate the cases, so a spell of load on the machine falls on all of them.
  for (let round = 0; round < ROUNDS; round++)
    for (const c of CASES) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.setContent(html(c));
      await settled(page);
      await startFrameLog(page);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await settled(page);
      await takeFrames(page);
      for (let click = 0; click < CLICKS; click++) {
        await page.evaluate("document.getElementById('go').click()");
        await settled(page);
        (click === 0 ? first : later).get(c.name)?.push((await takeFrames(page)).worstFrame);
      }
      await page.close();
    }
  const over = (frames: number[]) => frames.filter((f) => f > FRAME_BUDGET).length;
  console.log(
    `\n  The browser's floor: a static page, no framework, two columns of generated paragraphs ` +
      `(${PARAGRAPHS} unless said), 1280×900, 4× slowdown, ${ROUNDS} rounds of ${CLICKS} clicks; longest frame ` +
      `of each click, ms: the first click (text never drawn before) | the later clicks`,
  );
  for (const c of CASES) {
    const a = first.get(c.name) ?? [];
    const b = later.get(c.name) ?? [];
    console.log(
      `    ${c.name.padEnd(66)} ${a.join(' ')} | ${b.join(' ')} — ` +
        `${over(a)} of ${a.length} | ${over(b)} of ${b.length} over ${FRAME_BUDGET}`,
    );
  }
}
