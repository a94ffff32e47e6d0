/**
 * `news-versions compare <left> <right> [--json]` (or `npm run compare -- …`): compare two
 * versions in the terminal. `news-versions compare --batch pairs.jsonl` compares many pairs in one
 * process: one `{"left": path, "right": path}` per input line, one JSON result per output line.
 * Built ahead of time into `bin/news-versions.js` (`npm run build:cli`, see vite.cli.config.ts),
 * so it starts without compiling TypeScript.
 *
 * Each file is a content Markdown file (frontmatter gives the label and is otherwise ignored) or
 * plain text (paragraphs separated by blank lines; with no blank lines, one paragraph per line).
 * Prints the stats, the findings and the aligned sentences with changes marked (colour on a
 * terminal, [-removed-]{+added+} otherwise), or with --json the comparison as one JSON document.
 * A missing, unreadable or non-text file ends with a one-line message and exit code 2.
 *
 * Start-up loads only the engine: the Markdown and YAML readers (most of the bundle) are imported
 * when a Markdown file is first read, so comparing plain text never loads them.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { compareVersions } from '../src/engine/compare.ts';
import { percentText } from '../src/engine/percent.ts';
import type { Comparison, DiffPart, VersionText } from '../src/engine/types.ts';
import type { parseMarkdownFile } from '../src/node/content/markdown.ts';
import type { markdownLimitBreach } from '../src/node/content/markdown-limits.ts';
import type { parse as parseYaml } from 'yaml';
import type { bodyParagraphs } from '../src/domain/body.ts';

const isMarkdown = (file: string) => /\.(md|markdown)$/i.test(file);

/** The Markdown and frontmatter readers, loaded on first use. */
interface Readers {
  markdownLimitBreach: typeof markdownLimitBreach;
  parseMarkdownFile: typeof parseMarkdownFile;
  parseYaml: typeof parseYaml;
  bodyParagraphs: typeof bodyParagraphs;
}
let readers: Readers | null = null;
async function loadReaders(): Promise<Readers> {
  if (!readers) {
    const [limits, markdown, yaml, body] = await Promise.all([
      import('../src/node/content/markdown-limits.ts'),
      import('../src/node/content/markdown.ts'),
      import('yaml'),
      import('../src/domain/body.ts'),
    ]);
    readers = {
      markdownLimitBreach: limits.markdownLimitBreach,
      parseMarkdownFile: markdown.parseMarkdownFile,
      parseYaml: yaml.parse,
      bodyParagraphs: body.bodyParagraphs,
    };
  }
  return readers;
}

const USAGE = [
  'usage: news-versions compare <left file> <right file> [--json]',
  '       news-versions compare --batch <pairs.jsonl | ->',
].join('\n');

class InputError extends Error {}

async function readVersion(file: string): Promise<VersionText> {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new InputError(`${file} is a directory, not a file`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `${file}: no such file`
        : `${file}: cannot be read (${code ?? 'unknown error'})`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file} is not a text file (it is not valid UTF-8)`);
  }
  if (text.includes('\u0000'))
    throw new InputError(`${file} is not a text file (it contains NUL bytes)`);
  const name = path.basename(file);
  if (isMarkdown(file)) {
    const { markdownLimitBreach, parseMarkdownFile, parseYaml, bodyParagraphs } =
      await loadReaders();
    // The limits content:check and the build apply: past them remark takes minutes or overflows.
    const breach = markdownLimitBreach(text);
    if (breach) throw new InputError(`${file}:${breach.line}:${breach.column}: ${breach.message}`);
    const parsed = parseMarkdownFile(text);
    let label: string | null = null;
    try {
      const data: unknown = parsed.frontmatter ? parseYaml(parsed.frontmatter.text) : null;
      if (data && typeof data === 'object' && 'label' in data && typeof data.label === 'string')
        label = data.label;
    } catch {
      // Frontmatter is read for the label only; unreadable frontmatter just means no label.
    }
    return { label: label ?? name, paragraphs: bodyParagraphs(parsed.blocks) };
  }
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  const paragraphs = /\n\s*\n/.test(normalized)
    ? normalized.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    : normalized.split('\n').map((l) => l.trim());
  return { label: name, paragraphs: paragraphs.filter((p) => p.length > 0) };
}

interface Style {
  del: (s: string) => string;
  ins: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
}

const plain: Style = {
  del: (s) => `[-${s}-]`,
  ins: (s) => `{+${s}+}`,
  dim: (s) => s,
  bold: (s) => s,
};
const ansi: Style = {
  del: (s) => `\u001b[31;9m${s}\u001b[0m`,
  ins: (s) => `\u001b[32;4m${s}\u001b[0m`,
  dim: (s) => `\u001b[2m${s}\u001b[0m`,
  bold: (s) => `\u001b[1m${s}\u001b[0m`,
};

export function formatReport(c: Comparison, style: Style): string {
  const lines: string[] = [];
  const left = c.left.label ?? 'left';
  const right = c.right.label ?? 'right';
  const text = (id: string) =>
    [...c.left.sentences, ...c.right.sentences].find((s) => s.id === id)?.text.trim() ?? '';
  const diff = (parts: DiffPart[]) =>
    parts
      .map((p) =>
        p.op === 'equal' ? p.text : p.op === 'delete' ? style.del(p.text) : style.ins(p.text),
      )
      .join('');
  const s = c.stats;
  lines.push(style.bold(`${left}  ⟷  ${right}`), '');
  lines.push(
    `Similarity ${percentText(s.similarity)} (pair similarity weighted by words; one-side-only sentences count 0)`,
  );
  lines.push(
    `Sentences: ${s.left.sentences} in ${left} (${percentText(s.left.alignedShare)} of words aligned), ${s.right.sentences} in ${right} (${percentText(s.right.alignedShare)})`,
  );
  lines.push(
    `Pairs: ${s.identical} identical, ${s.changed} changed, ${s.moved} moved; ${s.leftOnly} only in ${left}, ${s.rightOnly} only in ${right}`,
  );
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  lines.push(
    `Findings: ${n(s.findings.name, 'name')}, ${n(s.findings.number, 'number')}, ${n(s.findings.quote, 'quote')}`,
    '',
  );
  if (c.findings.length > 0) {
    lines.push(style.bold('Findings'));
    for (const f of c.findings) {
      lines.push(
        `  ${f.kind.padEnd(6)} ${f.left ?? '(none)'} → ${f.right ?? '(none)'}  ${style.dim(`pair ${f.pair + 1}`)}`,
      );
    }
    lines.push('');
  }
  lines.push(style.bold('Aligned sentences'));
  c.pairs.forEach((p, i) => {
    const tags = [p.kind, p.moved ? 'moved' : '', `similarity ${p.similarity.toFixed(2)}`]
      .filter(Boolean)
      .join(', ');
    lines.push(
      `  ${style.bold(`[${i + 1}]`)} ${p.left.join('+')} ⟷ ${p.right.join('+')}  ${style.dim(tags)}`,
    );
    lines.push(`      ${p.kind === 'identical' ? text(p.left[0] ?? '') : diff(p.diff)}`);
  });
  for (const [title, ids] of [
    [`Only in ${left}`, c.leftOnly],
    [`Only in ${right}`, c.rightOnly],
  ] as const) {
    if (ids.length === 0) continue;
    lines.push('', style.bold(title));
    for (const id of ids) lines.push(`  ${id}  ${text(id)}`);
  }
  return lines.join('\n');
}

/** A path from a batch line, or a one-line reason it is not one. */
function batchPair(line: string): { left: string; right: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new InputError('not JSON; expected {"left": path, "right": path}');
  }
  const isPath = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
  if (
    !value ||
    typeof value !== 'object' ||
    !('left' in value) ||
    !('right' in value) ||
    !isPath(value.left) ||
    !isPath(value.right)
  )
    throw new InputError('expected {"left": path, "right": path} with two non-empty strings');
  return { left: value.left, right: value.right };
}

/**
 * Batch mode: every non-blank input line gets exactly one output line, in order: the comparison
 * (the same document as --json, on one line) or `{"line": n, "error": "…"}`. Problems are also
 * listed on stderr, one line each; the exit code is 1 when any line failed, 0 otherwise.
 */
async function runBatch(source: string): Promise<number> {
  let text: string;
  try {
    text = source === '-' ? readFileSync(0, 'utf8') : readFileSync(source, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(
      `compare: ${source}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'unknown error'})`}\n`,
    );
    return 2;
  }
  let failed = 0;
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  const flush = () => {
    if (out.length > 0) process.stdout.write(out.join(''));
    out.length = 0;
  };
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    try {
      const { left, right } = batchPair(line);
      const pair = [await readVersion(left), await readVersion(right)] as const;
      out.push(`${JSON.stringify(compareVersions(...pair))}\n`);
    } catch (error) {
      failed++;
      const message =
        error instanceof InputError
          ? error.message
          : `unexpected failure: ${(error as Error).message}`;
      out.push(`${JSON.stringify({ line: index + 1, error: message })}\n`);
      process.stderr.write(`compare: ${source}:${index + 1}: ${message}\n`);
    }
    if (out.length >= 64) flush();
  }
  flush();
  return failed > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const args = argv[0] === 'compare' ? argv.slice(1) : argv;
  const batch = args.indexOf('--batch');
  if (batch !== -1) {
    const source = args[batch + 1];
    if (args.length !== 2 || batch !== 0 || !source || (source.startsWith('-') && source !== '-')) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    return runBatch(source);
  }
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length !== 2 || files.some((f) => f.startsWith('-'))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const left = await readVersion(files[0] ?? '');
    const right = await readVersion(files[1] ?? '');
    const comparison = compareVersions(left, right);
    const terminal = process.stdout.isTTY === true;
    const colour = terminal && !process.env['NO_COLOR'];
    // Indented for a person at a terminal; one line for a program reading a pipe or file, which
    // is what --batch writes too. Indenting the seed pair ×100 (2.4 MB) cost ~50 ms, a tenth
    // of the whole command, in V8's slow path for JSON.stringify with a gap.
    process.stdout.write(
      `${json ? JSON.stringify(comparison, null, terminal ? 2 : undefined) : formatReport(comparison, colour ? ansi : plain)}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`compare: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`compare: unexpected failure: ${(error as Error).message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
