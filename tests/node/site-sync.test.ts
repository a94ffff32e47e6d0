/**
 * The sweep after a build into the kept folder: it reads only folders that changed since the last
 * build, and still leaves exactly what a build into an empty folder would.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
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

it('gives the next build each file it wrote with its key and lists, unless edited since', () => {
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), text);
  };
  const first = startSiteSync(site, root, true);
  write('index.html', 'home');
  first.wrote('index.html', 'home key', ['home/1', 'home/2']);
  write('data/a.json', '{}');
  first.wrote('data/a.json', 'a key');
  write('data/b.json', '[]');
  first.wrote('data/b.json', 'b key');
  expect(first.keyOf('data/a.json')).toBe('a key');
  first.finish();
  writeFileSync(path.join(site, 'data/b.json'), '[1]'); // edited by hand…
  back('data/b.json'); // …before the next build started

  const second = startSiteSync(site, root, true);
  const seen: (readonly string[])[] = [];
  const listKey = (lists: readonly string[]) => (seen.push(lists), 'home key');
  expect(second.unchanged('index.html', listKey)).toBe(true);
  expect(seen).toEqual([['home/1', 'home/2']]);
  expect(second.unchanged('data/a.json', () => 'a key')).toBe(true);
  expect(second.unchanged('data/b.json', () => 'b key')).toBe(false);
  expect(second.keyOf('data/a.json')).toBe('a key');
  expect(second.keyOf('data/b.json')).toBeUndefined();
  // b was neither written nor kept by the second build: deleted, and gone from its manifest.
  expect(second.finish()).toBe(1);
  expect(existsSync(path.join(site, 'data/b.json'))).toBe(false);
  const third = startSiteSync(site, root, true);
  expect(third.lastFiles('').sort()).toEqual(['data/a.json', 'index.html']);
});

/** The manifest file of the site (the only entry in the cache's `sites/` besides folders). */
function manifestFile(): string {
  const dir = path.join(root, 'node_modules/.cache/news-versions/sites');
  const files = filesOf(dir).map((file) => path.join(dir, file));
  const manifest = files.find((file) => readFileSync(file, 'utf8').startsWith('news-versions'));
  if (!manifest) throw new Error('no manifest');
  return manifest;
}

it('keeps any path and key across builds, thousands of them', () => {
  const hex = (i: number) => i.toString(16).padStart(64, '0');
  const odd = ['tab\there/index.html', 'line\nbreak.json', '"quoted".json', 'café/é.html'];
  const files = [...odd, ...Array.from({ length: 3000 }, (_, i) => `data/${i}.json`)];
  const first = startSiteSync(site, root, true);
  files.forEach((file, i) => {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), file);
    first.wrote(file, i % 2 ? hex(i) : `key\t${i}`, i === 1 ? ['home/1'] : undefined);
  });
  expect(first.keyOf('data/10.json')).toBe('key\t14');
  first.finish();

  const second = startSiteSync(site, root, true);
  expect(second.keeping).toBe(true);
  expect(second.lastFiles('data')).toHaveLength(3000);
  files.forEach((file, i) => {
    const lists = (given: readonly string[]) => {
      expect(given).toEqual(i === 1 ? ['home/1'] : []);
      return i % 2 ? hex(i) : `key\t${i}`;
    };
    expect(second.unchanged(file, lists)).toBe(true);
    expect(second.keyOf(file)).toBe(i % 2 ? hex(i) : `key\t${i}`);
  });
  expect(second.finish()).toBe(0);
  expect(filesOf(site)).toHaveLength(files.length);
});

it('writes everything again when the manifest is damaged or cut short', () => {
  build(['a/index.html', 'b.json']);
  const manifest = manifestFile();
  const text = readFileSync(manifest, 'utf8');
  for (const damaged of [text.slice(0, -5), text.replace('\t', ' '), `{}${text}`]) {
    writeFileSync(manifest, damaged);
    expect(startSiteSync(site, root, true).keeping).toBe(false);
  }
  writeFileSync(manifest, text);
  expect(startSiteSync(site, root, true).keeping).toBe(true);
});
