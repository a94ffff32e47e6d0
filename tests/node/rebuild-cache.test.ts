/**
 * A rebuild with a warm cache is the build from nothing, byte for byte, and it renders only the
 * pages a change touches: adding a version to one story re-renders that story's pages and the
 * list pages it appears on, and takes every other page from the cache, or leaves it in the site
 * folder when it is still the file the last build wrote. Real `vite build`s of a small generated
 * archive (slow: a hang guard, not a speed bound).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addVersion, generateContent } from '../../scripts/generate-content.ts';
import { differingFiles, filesOf } from '../support/site-files.ts';

const vite = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vite/package.json')),
  'bin/vite.js',
);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rebuild-cache-'));
  generateContent(path.join(dir, 'content'), 45);
});
// Removing a few built sites takes seconds on a loaded machine's disk.
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
}, 120_000);

/** Builds into `out` with the cache `cache` (or none): what the prerender step reported. */
function build(out: string, cache: string) {
  const log = execFileSync(
    process.execPath,
    [vite, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'info'],
    {
      env: { ...process.env, CONTENT_DIR: path.join(dir, 'content'), BUILD_CACHE: cache },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const said = /prerendered (\d+) pages .*?, (\d+) from the cache \((\d+) left in place\)/.exec(
    log,
  );
  if (!said) throw new Error(`the build did not report its pages:\n${log.slice(-2000)}`);
  return { rendered: Number(said[1]), cached: Number(said[2]), kept: Number(said[3]) };
}

describe('a rebuild after one added version', () => {
  it('equals a build from nothing and renders only what changed', { timeout: 900_000 }, () => {
    const cache = path.join(dir, 'cache');
    const cold = build(path.join(dir, 'first'), cache);
    expect(cold.cached).toBe(0);
    // The oldest story: on the last page of home, and on its tag, publisher and month lists.
    addVersion(path.join(dir, 'content'), 1);
    const warm = build(path.join(dir, 'again'), cache);
    const fresh = build(path.join(dir, 'fresh'), 'off');
    expect(fresh.cached).toBe(0);
    expect(warm.kept).toBe(0); // a new folder: every page written

    const again = filesOf(path.join(dir, 'again'));
    expect(again).toEqual(filesOf(path.join(dir, 'fresh')));
    expect(again).toContain('articles/generated-story-1-correction/index.html');
    const differ = differingFiles(again, path.join(dir, 'again'), path.join(dir, 'fresh'));
    expect(differ).toEqual([]);

    // Every page was rendered or reused; most were reused.
    expect(warm.rendered + warm.cached).toBe(fresh.rendered);
    expect(warm.rendered).toBeGreaterThan(0);
    expect(warm.rendered).toBeLessThan(fresh.rendered / 4);
  });

  it('into the folder of the last build, equals a build from nothing', { timeout: 900_000 }, () => {
    // The first test's "again" folder is the last build with this cache; one more version.
    const site = path.join(dir, 'again');
    addVersion(path.join(dir, 'content'), 2);
    // What a build must not trust: a stray file, an edited page, a deleted page.
    mkdirSync(path.join(site, 'stray'));
    writeFileSync(path.join(site, 'stray/index.html'), 'left over');
    appendFileSync(path.join(site, 'articles/generated-story-3-ap/index.html'), 'edited');
    rmSync(path.join(site, 'stories/generated-story-4/index.html'));
    const warm = build(site, path.join(dir, 'cache'));
    const fresh = build(path.join(dir, 'fresh-2'), 'off');

    const files = filesOf(site);
    expect(files).toEqual(filesOf(path.join(dir, 'fresh-2')));
    expect(files).toContain('stories/generated-story-4/index.html');
    expect(files).not.toContain('stray/index.html');
    expect(differingFiles(files, site, path.join(dir, 'fresh-2'))).toEqual([]);
    // Most pages stayed as they were; the edited and the deleted page were written again.
    expect(warm.rendered + warm.cached).toBe(fresh.rendered);
    expect(warm.kept).toBeGreaterThan(fresh.rendered / 2);
  });
});
