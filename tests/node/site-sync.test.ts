/**
 * The sweep after a build into the kept folder: it reads only folders that changed since the last
 * build, and still leaves exactly what a build into an empty folder would.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startSiteSync } from '../../src/node/site-sync.ts';
import { filesOf } from '../support/site-files.ts';

let root: string;
let site: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'site-sync-'));
  site = path.join(root, 'site');
  mkdirSync(site);
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** One build: writes `files` (each `file` with the key `key`) unless the folder holds them. */
function build(files: readonly string[]) {
  const sync = startSiteSync(site, root, true);
  for (const file of files) {
    if (sync.unchanged(file, () => 'key')) continue;
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), file);
    sync.wrote(file, 'key');
  }
  // Files of the last build predate this one's start by the file system's clock.
  return sync.finish();
}

const back = (file: string) => {
  const past = new Date(Date.now() - 60_000);
  utimesSync(path.join(site, file), past, past);
};

it('deletes what a build no longer writes and what it never wrote, keeps the rest', () => {
  const first = ['a/1/index.html', 'a/2/index.html', 'b/1/index.html', 'c/x.json'];
  build(first);
  build(first); // now every folder is known: the next sweep reads none that did not change
  for (const file of first) back(file);
  writeFileSync(path.join(site, 'a/2/stray.html'), 'stray');
  back('a/2/stray.html');
  expect(build(['a/1/index.html', 'a/2/index.html', 'c/x.json'])).toBe(2);
  expect(filesOf(site)).toEqual(['a/1/index.html', 'a/2/index.html', 'c/x.json']);
  expect(existsSync(path.join(site, 'b'))).toBe(false);
});
