/**
 * The site's data files, one story at a time: a story whose files are in place from the same
 * inputs is not loaded at all, a changed one is, and the folder always equals one written from
 * nothing.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { addVersion, generateContent } from '../../scripts/generate-content.ts';
import { loadContentIndex } from '../../src/node/content/content-stream.ts';
import { writeSiteData } from '../../src/node/site-data.ts';
import { startSiteSync } from '../../src/node/site-sync.ts';
import { differingFiles, filesOf } from '../support/site-files.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'site-data-'));
  generateContent(path.join(dir, 'content'), 4);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function write(out: string, keep: boolean) {
  mkdirSync(out, { recursive: true });
  const loaded = await loadContentIndex('content', dir);
  if (!loaded.index) throw new Error('the generated content is valid');
  const sync = startSiteSync(out, dir, keep);
  const figures = await writeSiteData(
    out,
    { ...loaded, index: loaded.index },
    { kind: 'all' },
    dir,
    sync,
  );
  sync.finish();
  return figures;
}

it('loads only the story that changed, and equals a folder written from nothing', async () => {
  const site = path.join(dir, 'site');
  expect((await write(site, true)).loaded).toBe(4);
  expect((await write(site, true)).loaded).toBe(0);
  addVersion(path.join(dir, 'content'), 2);
  const again = await write(site, true);
  expect(again.loaded).toBe(1);
  expect(again.index.stories.every((story) => story.digest)).toBe(true);
  const fresh = path.join(dir, 'fresh');
  expect((await write(fresh, false)).loaded).toBe(4);
  const files = filesOf(fresh);
  expect(filesOf(site)).toEqual(files);
  expect(differingFiles(files, site, fresh)).toEqual([]);
});
