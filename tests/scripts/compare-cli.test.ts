/**
 * The `news-versions compare` command as a user runs it: compiled ahead of time (built here into
 * a temporary folder with the project's own build step) and started as a plain Node program.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const AP = 'content/japan-vietnam-cyber-defense-ap.md';
const REWRITE = 'content/japan-vietnam-defense-scraped-rewrite.md';
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> };
let command = '';

beforeAll(() => {
  const out = mkdtempSync(path.join(tmpdir(), 'news-versions-bin-'));
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.cli.config.ts', '--outDir', out],
    { stdio: 'pipe' },
  );
  command = path.join(out, path.basename(pkg.bin['news-versions'] ?? ''));
}, 60_000);

const run = (...args: string[]) =>
  spawnSync(process.execPath, [command, 'compare', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

describe('news-versions compare', () => {
  it('is the package’s bin, a compiled file that Node runs directly', () => {
    expect(pkg.bin['news-versions']).toBe('bin/news-versions.js');
    expect(readFileSync(command, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('prints a readable report: stats, findings, aligned sentences with changes marked', () => {
    const result = run(AP, REWRITE);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('AP original  ⟷  Scraped rewrite');
    expect(result.stdout).toMatch(
      /Pairs: 0 identical, 8 changed, 1 moved; 6 only in AP original, 11 only in Scraped rewrite/,
    );
    expect(result.stdout).toContain('name   Phan Van Giang → Van Van Jung');
    expect(result.stdout).toContain('number 11th → 11NS');
    expect(result.stdout).toContain('[-transfer-]{+relocation+}');
    expect(result.stdout).not.toContain('\u001b['); // plain text when not on a terminal
  });

  it('--json prints one document of the documented shape', () => {
    const result = run(AP, REWRITE, '--json');
    expect(result.status).toBe(0);
    // Read by a program (not a terminal): one line, as --batch writes.
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
    const doc = JSON.parse(result.stdout) as Record<string, unknown> & {
      left: { label: string; sentences: { id: string; paragraph: number; text: string }[] };
      pairs: {
        left: string[];
        right: string[];
        kind: string;
        moved: boolean;
        similarity: number;
        diff: { op: string; text: string }[];
      }[];
      findings: { kind: string; left: string | null; right: string | null; pair: number }[];
      stats: { similarity: number };
    };
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining([
        'left',
        'right',
        'pairs',
        'leftOnly',
        'rightOnly',
        'findings',
        'stats',
        'summary',
      ]),
    );
    expect(doc.left.label).toBe('AP original');
    expect(doc.left.sentences[0]).toMatchObject({
      id: 'L0',
      paragraph: 0,
      text: expect.stringMatching(/^Japan and Vietnam/),
    });
    for (const pair of doc.pairs) {
      expect(['identical', 'changed']).toContain(pair.kind);
      expect(typeof pair.moved).toBe('boolean');
      expect(pair.similarity).toBeGreaterThanOrEqual(0);
      expect(pair.similarity).toBeLessThanOrEqual(1);
      expect(
        pair.diff.every(
          (d) => ['equal', 'insert', 'delete'].includes(d.op) && typeof d.text === 'string',
        ),
      ).toBe(true);
    }
    expect(doc.findings).toContainEqual(
      expect.objectContaining({ kind: 'number', left: '11th', right: '11NS', pair: 6 }),
    );
    expect(typeof doc.stats.similarity).toBe('number');
  });

  it('compares plain text files, one paragraph per line when there are no blank lines', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'compare-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Kishi met Giang in Tokyo.\nThey signed a deal.\n');
    writeFileSync(path.join(dir, 'b.txt'), 'They signed a deal.\nKishi met Jung in Tokyo.\n');
    const result = run(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'), '--json');
    const doc = JSON.parse(result.stdout) as {
      pairs: { moved: boolean }[];
      findings: { left: string; right: string }[];
    };
    expect(doc.pairs).toHaveLength(2);
    expect(doc.pairs.some((p) => p.moved)).toBe(true);
    expect(doc.findings).toContainEqual(expect.objectContaining({ left: 'Giang', right: 'Jung' }));
  });

  it('ends with one line and exit 2 on a missing file', () => {
    const result = run('no-such-file.md', REWRITE);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('compare: no-such-file.md: no such file\n');
  });

  it('ends with one line and exit 2 on a directory', () => {
    const result = run('content', REWRITE);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('compare: content is a directory, not a file\n');
  });

  it('ends with one line and exit 2 on a file that is not text', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'compare-'));
    const binary = path.join(dir, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x00]));
    const result = run(binary, REWRITE);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^compare: .*image\.png is not a text file \(.+\)\n$/);
  });

  it('ends with one line and exit 2 on Markdown nested past the content limits', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'compare-'));
    const deep = path.join(dir, 'deep.md');
    writeFileSync(deep, `Intro.\n\n${'> '.repeat(5000)}quote\n`);
    const result = run(deep, REWRITE);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^compare: .*deep\.md:3:1: nested too deeply to read: .+\n$/);
  });

  it('prints the usage and exits 2 when called wrongly', () => {
    const result = run(AP);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'usage: news-versions compare <left file> <right file> [--json]\n' +
        '       news-versions compare --batch <pairs.jsonl | ->\n',
    );
  });

  it('adds minor and substantive counts to the stats and minor to each pair', () => {
    const doc = JSON.parse(run(AP, REWRITE, '--json').stdout) as {
      pairs: { kind: string; minor: boolean }[];
      stats: { changed: number; minor: number; substantive: number };
    };
    expect(doc.pairs.every((p) => typeof p.minor === 'boolean')).toBe(true);
    expect(doc.stats.minor + doc.stats.substantive).toBe(doc.stats.changed);
  });
});

describe('news-versions compare --batch', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'compare-batch-'));
  const a = path.join(dir, 'a.txt');
  const b = path.join(dir, 'b.txt');
  writeFileSync(a, 'Kishi met Giang in Tokyo.\nThey signed a deal.\n');
  writeFileSync(b, 'They signed a deal.\nKishi met Jung in Tokyo.\n');

  it('writes one JSON result per line, in order, the same document as --json', () => {
    const pairs = path.join(dir, 'good.jsonl');
    writeFileSync(
      pairs,
      [
        JSON.stringify({ left: AP, right: REWRITE }),
        '',
        JSON.stringify({ left: a, right: b }),
      ].join('\n'),
    );
    const result = run('--batch', pairs);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] ?? '')).toEqual(JSON.parse(run(AP, REWRITE, '--json').stdout));
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({ left: { label: 'a.txt' } });
  });

  it('gives a bad line an error object on its own line and goes on with the rest', () => {
    const pairs = path.join(dir, 'mixed.jsonl');
    writeFileSync(
      pairs,
      [
        'not json',
        JSON.stringify({ left: a }),
        JSON.stringify({ left: 'missing.txt', right: b }),
        JSON.stringify({ left: a, right: b }),
      ].join('\n') + '\n',
    );
    const result = run('--batch', pairs);
    expect(result.status).toBe(1);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ line: 1, error: expect.stringMatching(/not JSON/) });
    expect(lines[1]).toEqual({ line: 2, error: expect.stringMatching(/"right"/) });
    expect(lines[2]).toEqual({ line: 3, error: 'missing.txt: no such file' });
    expect(lines[3]).toHaveProperty('pairs');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `compare: ${pairs}:1: not JSON; expected {"left": path, "right": path}`,
      `compare: ${pairs}:2: expected {"left": path, "right": path} with two non-empty strings`,
      `compare: ${pairs}:3: missing.txt: no such file`,
    ]);
  });

  it('reads the pairs from standard input with -', () => {
    const result = spawnSync(process.execPath, [command, 'compare', '--batch', '-'], {
      encoding: 'utf8',
      input: `${JSON.stringify({ left: a, right: b })}\n`,
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveProperty('stats');
  });

  it('ends with one line and exit 2 when the pairs file is missing', () => {
    const result = run('--batch', path.join(dir, 'none.jsonl'));
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`compare: ${path.join(dir, 'none.jsonl')}: no such file\n`);
  });
});
