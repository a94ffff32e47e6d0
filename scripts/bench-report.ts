/**
 * The bench writes its own figures down: every line a section prints is also kept, and
 * `docs/benchmarks.md` gets that section's block replaced (between `<!-- bench:name -->` markers),
 * so the document always holds the latest run of each section and is never copied by hand.
 * Running one section (`npm run bench -- engine`) leaves the other sections' blocks as they were.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const REPORT = 'docs/benchmarks.md';
const HEADER = `# Benchmarks

Written by \`npm run bench\` (each section replaces its own block; nothing here is edited by hand).
Figures move with the machine's load: compare within one run. The reasoning and history behind them
are in [performance-history.md](performance-history.md).
`;

/** Replaces (or appends) the block of `name` in `doc` with `body`. */
export function replaceBlock(doc: string, name: string, body: string): string {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  // Blank lines around the body and no trailing spaces: the file stays as Prettier writes it.
  const text = body
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  const block = `${start}\n\n${text}\n\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from === -1 || to === -1) return `${doc.trimEnd()}\n\n${block}\n`;
  return doc.slice(0, from) + block + doc.slice(to + end.length);
}

/** Runs one section, printing as usual, and records what it printed in docs/benchmarks.md. */
export async function recordSection(name: string, run: () => Promise<void>): Promise<void> {
  const lines: string[] = [];
  const load = (os.loadavg()[0] ?? 0).toFixed(1);
  const log = console.log;
  console.log = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
    log(...args);
  };
  try {
    await run();
  } finally {
    console.log = log;
  }
  const machine = `${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${load} at the start`;
  const body = `## ${name}\n\n${machine}\n\n\`\`\`text\n${lines.join('\n').trim()}\n\`\`\``;
  const doc = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : HEADER;
  writeFileSync(REPORT, replaceBlock(doc, name, body));
}
