/**
 * Markdown limits (printed, never asserted): for the shapes remark is slow on, the time the
 * one-pass check takes and, for texts at the limits (which the check lets through), the time
 * remark and the body mapping take; texts past a limit are refused before parsing, so only
 * their check is timed. Figures behind `MARKDOWN_LIMITS` (docs/import.md).
 */
import { parseMarkdownFile } from '../src/node/content/markdown.ts';
import { markdownLimitBreach } from '../src/node/content/markdown-limits.ts';

const lines = (n: number, make: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => make(i)).join('\n');
const paragraphs = (n: number, text: string) => Array.from({ length: n }, () => text).join('\n\n');
const prose = 'The quick brown fox jumps over the lazy dog, said the reporter on Tuesday. ';

const SHAPES: [string, string][] = [
  ['past: `>` x 10,000 on one line', `${'>'.repeat(10_000)} a`],
  ['past: `* ` x 20 on 5,000 lines', lines(5000, () => `${'* '.repeat(20)}a`)],
  ['past: list staircase, 1,000 steps', lines(1000, (i) => `${'  '.repeat(i)}- a`)],
  ['past: `*a_ ` x 10,000 in a paragraph', '*a_ '.repeat(10_000)],
  ['past: `[a](` x 50,000', '[a]('.repeat(50_000)],
  ['at: `>` x 100 on 20 lines', lines(20, () => `${'>'.repeat(100)} a`)],
  ['at: 2,000-item list', lines(2000, () => '* a')],
  ['at: `1. ` x 2 on 1,000 lines', lines(1000, () => '1. 1. a')],
  ['at: list staircase, 62 steps', lines(62, (i) => `${'  '.repeat(i)}- a`)],
  ['at: 20 paragraphs of `*a_ ` x 500', paragraphs(20, '*a_ '.repeat(500))],
  ['at: 20 paragraphs of `[a](` x 500', paragraphs(20, '[a]('.repeat(500))],
  ['at: prose, 950 paragraphs (~1 MB)', paragraphs(950, prose.repeat(14))],
];

const ms = (start: number) => `${(performance.now() - start).toFixed(0)} ms`;

export async function runMarkdownBench(): Promise<void> {
  await Promise.resolve();
  for (const [name, text] of SHAPES) {
    let start = performance.now();
    const breach = markdownLimitBreach(text);
    const check = ms(start);
    let parse = 'not parsed (refused)';
    if (!breach) {
      start = performance.now();
      parseMarkdownFile(text);
      parse = `parse ${ms(start)}`;
    }
    console.log(
      `${name.padEnd(40)} ${String(text.length).padStart(9)} chars  check ${check.padStart(6)}  ${parse}${breach ? `: ${breach.message}` : ''}`,
    );
  }
}
