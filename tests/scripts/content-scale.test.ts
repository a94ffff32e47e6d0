/**
 * content:check on folders far larger than content/, with the open-file limit of a default
 * macOS shell (256): the loader must never hold every file open, and a folder with hundreds of
 * broken files must still name each problem's file and line, printing a capped report.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/generate-content.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'content-scale-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** content:check in a shell that allows 256 open files. */
const checkLimited = (folder: string, ...flags: string[]) =>
  spawnSync(
    'bash',
    [
      '-c',
      'ulimit -n 256 && exec "$0" --import tsx scripts/content-check.ts "$@"',
      process.execPath,
      folder,
      ...flags,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );

describe('content:check at scale, with 256 open files allowed', () => {
  it('checks 1,000 files', () => {
    const folder = path.join(dir, 'valid');
    generateContent(folder, 500);
    const result = checkLimited(folder);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('1,000 content files checked: 0 errors, 0 warnings\n');
    expect(result.status).toBe(0);
  }, 300_000);

  it('names every broken file and line, prints 50 and counts the rest', () => {
    const folder = path.join(dir, 'broken');
    generateContent(folder, 500);
    // Every third file gets a misspelt field on its second line.
    const broken = readdirSync(folder)
      .sort()
      .filter((_, i) => i % 3 === 0);
    for (const name of broken) {
      const file = path.join(folder, name);
      writeFileSync(file, `---\ntilte: Oops\n${readFileSync(file, 'utf8').slice(4)}`);
    }
    const result = checkLimited(folder);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    const located = lines.filter((l) => /^\S+\.md:2:1 {2}tilte: unknown field/.test(l));
    expect(located).toHaveLength(50);
    expect(located[0]).toContain(`${broken[0]}:`);
    const rest = broken.length - 50;
    expect(lines.at(-2)).toBe(`… and ${rest} more problems in ${rest} files`);
    expect(lines.at(-1)).toBe(`1,000 content files checked: ${broken.length} errors, 0 warnings`);

    const everything = checkLimited(folder, '--all');
    expect(everything.status).toBe(1);
    const all = everything.stderr.split('\n').filter((l) => /tilte: unknown field/.test(l));
    expect(all.map((l) => path.basename(l.split(':')[0] ?? ''))).toEqual(broken);
  }, 300_000);
});
