import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const F = 'tests/fixtures/import';

/** Run the command asynchronously, so the test's own HTTP server can answer it. */
function run(
  ...args: string[]
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/news/storm')
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(readFileSync(`${F}/amp.html`));
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('npm run import', { timeout: 120_000 }, () => {
  it('prints one line per input, writes the articles, exits 2 when any input failed', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
    const result = await run(
      `${F}/cms-jsonld.html`,
      `${base}/news/storm`,
      `${base}/gone`,
      `${F}/not-article.html`,
      '--out',
      out,
    );
    expect(result.status).toBe(2);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      `${out}/harbour-bridge-to-close-for-six-the-coastal-herald.md  ← ${F}/cms-jsonld.html  (new story harbour-bridge-to-close-for-six-months)`,
    );
    expect(lines[1]).toMatch(
      new RegExp(
        `^${out}/storm-knocks-out-power-to-40-north-star-news\\.md  ← ${base}/news/storm  \\(new story storm-knocks-out-power-to-40-000-homes \\(closest: .*, \\d+% similar\\)\\)$`,
      ),
    );
    expect(lines[2]).toBe(
      `${base}/gone: not imported: HTTP 404 Not Found (a 404 page: not an article)`,
    );
    expect(lines[3]).toMatch(
      /^tests\/fixtures\/import\/not-article\.html: not imported: not an article: \d+% of its text is links/,
    );
    expect(readdirSync(out).sort()).toHaveLength(2);
    // The page's links are resolved against its URL.
    expect(
      readFileSync(path.join(out, 'storm-knocks-out-power-to-40-north-star-news.md'), 'utf8'),
    ).toContain('# imported from http://127.0.0.1:');
  });

  it('exits 0 when every input was imported, and content:check passes on the result', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
    const result = await run(
      `${F}/german.html`,
      `${F}/plain.txt`,
      '--out',
      out,
      '--label',
      'Saved copy',
    );
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
    const check = await new Promise<number | null>((resolve) =>
      spawn(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts', out]).on(
        'close',
        resolve,
      ),
    );
    expect(check).toBe(0);
  });

  it.each([
    [[], 'nothing to import: name at least one file or URL'],
    [
      ['a.html', '--story', 'Not A Slug'],
      '--story "Not A Slug" is not a story id (lowercase letters, digits, single hyphens)',
    ],
    [
      ['a.html', '--date', '2021-02-30'],
      '--date "2021-02-30" is not a day written YYYY-MM-DD that exists',
    ],
    [['a.html', '--colour'], "Unknown option '--colour'"],
  ])('a bad command line %j: one line and the usage, exit 2', async (args, message) => {
    const result = await run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toContain(message);
    expect(result.stderr.split('\n')[1]).toMatch(/^usage: npm run import -- /);
  });
});
