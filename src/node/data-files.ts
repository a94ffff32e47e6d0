/**
 * The site's data files (`data/article/<id>.json`, `data/list/home/2.json`…) written straight to
 * the site folder, a few at a time. They went through the bundler before (`emitFile`), which held
 * every one of them in memory until the end of the build and then wrote them: at 10,000 stories
 * that is 40,000 strings, and the step that took longest after the pages themselves.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pMap from 'p-map';
import { hashOf } from './content/build-cache.ts';
import type { SiteSync } from './site-sync.ts';

/** Files written at once: enough to keep the disk busy, far below any open-file limit. */
export const WRITE_CONCURRENCY = 32;

/**
 * Writes each `[file, value]` (a path inside `outDir`, a value written as JSON) as the iterable
 * yields it: values are made one at a time and dropped once written. With `sync` (a site kept
 * from the last build, site-sync.ts), a file whose text is the one the last build wrote is left
 * as it is: a file given with its key (`[file, value, key]`, a key that changes whenever its value
 * would) is checked before its value is even written out; any other is keyed by the hash of its
 * text. The number of files.
 */
export async function writeDataFiles(
  outDir: string,
  files:
    | Iterable<readonly [string, unknown, string?]>
    | AsyncIterable<readonly [string, unknown, string?]>,
  sync?: SiteSync,
): Promise<number> {
  const folders = new Map<string, Promise<unknown>>();
  const folder = (dir: string) => {
    let made = folders.get(dir);
    if (!made) folders.set(dir, (made = mkdir(dir, { recursive: true })));
    return made;
  };
  let count = 0;
  await pMap(
    files,
    async ([file, value, given]) => {
      const target = path.join(outDir, file);
      if (!target.startsWith(outDir + path.sep))
        throw new Error(`data file ${file} would be written outside the site`);
      count++;
      if (given !== undefined && sync?.unchanged(file, () => given)) return;
      const text = JSON.stringify(value);
      const key = given ?? (sync ? hashOf(text) : '');
      if (given === undefined && sync?.unchanged(file, () => key)) return;
      await folder(path.dirname(target));
      await writeFile(target, text);
      sync?.wrote(file, key);
    },
    { concurrency: WRITE_CONCURRENCY },
  );
  return count;
}
