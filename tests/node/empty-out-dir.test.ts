/**
 * The old site is moved out of the way at once and deleted in the background: the folder is left
 * empty but for `.git`, and what was moved aside is gone once the detached process has run.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyOutDirAside } from '../../src/node/empty-out-dir.ts';
import { shardFolders } from '../../src/node/shard.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'empty-out-dir-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Waits until `check` holds (a hang guard of 20 s, not a speed bound). */
async function until(check: () => boolean): Promise<void> {
  for (let waited = 0; !check(); waited += 50) {
    if (waited > 20_000) throw new Error('still not done after 20 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('emptyOutDirAside', () => {
  it('empties the folder at once, keeps .git, and deletes the old site', async () => {
    const site = path.join(dir, 'site');
    mkdirSync(path.join(site, 'articles', 'a'), { recursive: true });
    mkdirSync(path.join(site, '.git'));
    writeFileSync(path.join(site, 'articles', 'a', 'index.html'), 'old');
    writeFileSync(path.join(site, 'index.html'), 'old');
    writeFileSync(path.join(site, '.git', 'HEAD'), 'ref');

    const aside = emptyOutDirAside(site);
    expect(aside).not.toBeNull();
    expect(readdirSync(site)).toEqual(['.git']);
    expect(path.dirname(aside ?? '')).toBe(dir);
    await until(() => !existsSync(aside ?? ''));
    expect(readdirSync(dir)).toEqual(['site']);
  });

  it('does nothing to a folder that is missing or empty', () => {
    expect(emptyOutDirAside(path.join(dir, 'missing'))).toBeNull();
    mkdirSync(path.join(dir, 'empty'));
    expect(emptyOutDirAside(path.join(dir, 'empty'))).toBeNull();
    expect(readdirSync(dir)).toEqual(['empty']);
  });

  it('is never taken for a shard by the merge', () => {
    for (const shard of ['1', '2']) {
      mkdirSync(path.join(dir, shard));
      writeFileSync(path.join(dir, shard, 'index.html'), `shard ${shard}`);
    }
    // An old shard 2 moved aside and not yet deleted (as a rebuild of shard 2 leaves it).
    mkdirSync(path.join(dir, '.2-old-123-456'));
    expect(shardFolders(dir)).toEqual([path.join(dir, '1'), path.join(dir, '2')]);
  });
});
