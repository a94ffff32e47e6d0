/**
 * Emptying the site folder before a build, without waiting for it. Vite deletes every file of the
 * old site one by one, synchronously, before it writes anything: at 1,000 stories (12,700 files)
 * that took 60 s of a 103 s rebuild on this shared machine, longer than all the rebuild's work.
 * Instead, each entry of the folder is renamed into a sibling folder (`.<name>-old-<pid>`, one
 * rename per top-level entry, instant) that a detached process deletes while the build runs; the
 * folder itself stays (it may be a mount point). `.git` stays, as Vite keeps it. Where a rename
 * fails (another file system), the rest is left to Vite's own emptying.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Folder names this module creates beside a site folder: never a site or a shard. */
export const OLD_SITE_PREFIX = '.';

/**
 * Moves everything in `outDir` (but `.git`) into a sibling folder and starts deleting that in a
 * detached process. The folder moved aside, or null when there was nothing to move or it could
 * not be moved (then nothing changed, or only part moved and Vite empties the rest).
 */
export function emptyOutDirAside(outDir: string): string | null {
  let names: string[];
  try {
    names = readdirSync(outDir).filter((name) => name !== '.git');
  } catch {
    return null; // no folder yet: nothing to empty
  }
  if (names.length === 0) return null;
  const aside = path.join(
    path.dirname(outDir),
    `${OLD_SITE_PREFIX}${path.basename(outDir)}-old-${process.pid}-${Date.now()}`,
  );
  try {
    mkdirSync(aside);
  } catch {
    return null;
  }
  for (const name of names) {
    try {
      renameSync(path.join(outDir, name), path.join(aside, name));
    } catch {
      break; // another file system or a busy file: Vite deletes what is left in place
    }
  }
  removeDetached(aside);
  return aside;
}

/** Deletes `folder` in a process of its own that outlives this one if it must. */
function removeDetached(folder: string): void {
  try {
    const child = spawn(
      process.execPath,
      [
        '-e',
        `require('node:fs').rmSync(${JSON.stringify(folder)}, { recursive: true, force: true })`,
      ],
      { detached: true, stdio: 'ignore' },
    );
    child.on('error', () => rmSync(folder, { recursive: true, force: true }));
    child.unref();
  } catch {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Moves `folder` (if it exists) out of the way, beside `besideDir`, and deletes it in a detached
 * process: a step that rewrites a whole folder of the kept site (the search index) starts empty.
 */
export function removeFolderAside(folder: string, besideDir: string): void {
  const aside = path.join(
    besideDir,
    `${OLD_SITE_PREFIX}${path.basename(folder)}-old-${process.pid}-${Date.now()}`,
  );
  try {
    renameSync(folder, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // nothing there
    rmSync(folder, { recursive: true, force: true }); // another file system: in place
    return;
  }
  removeDetached(aside);
}
