import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const AP = 'content/japan-vietnam-cyber-defense-ap.md';
const REWRITE = 'content/japan-vietnam-defense-scraped-rewrite.md';
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/compare.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

describe('npm run compare', () => {
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

  it('prints the usage and exits 2 when called wrongly', () => {
    const result = run(AP);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('usage: npm run compare -- <left file> <right file> [--json]\n');
  });
});
