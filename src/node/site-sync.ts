/**
 * Keeping the site folder between builds and writing only the pages that changed. A rebuild after
 * one added version at 10,000 stories spent 476 s reading ~50,000 pages from the cache and writing
 * them again into an emptied folder, where it had a few dozen new pages to write.
 *
 * A manifest in the build cache (one per site folder) records, for each page the last build
 * wrote, the key of what it was made from (the page cache's key) and the file's size and
 * modification time then. A page whose key and file are both unchanged is left alone; anything
 * else is written. At the end, every file in the folder that this build neither wrote nor left
 * alone is deleted, so the folder holds what a build into an empty folder would (Vite's emptying).
 *
 * It is a shortcut, never a source of truth: with no manifest (the first build, a deleted cache,
 * `BUILD_CACHE=off`) the old site is moved aside and everything is written; a file that was
 * edited, replaced or deleted since has another size or time and is written again.
 */
import { readdirSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hashOf, openCache, type BuildCache } from './content/build-cache.ts';

/** One page as the last build left it. */
interface ManifestEntry {
  /** What the page was made from: equal keys, equal bytes. */
  key: string;
  size: number;
  mtimeMs: number;
  /** A list page's list keys: its key depends on their data (see `unchanged`). */
  lists?: string[];
}

type Manifest = Record<string, ManifestEntry>;

/** Names in the site the sweep never touches (Vite keeps `.git` too). */
const NEVER_SWEPT = new Set(['.git']);

export interface SiteSync {
  /** True when the last build's manifest is trusted: the folder is kept, not emptied. */
  readonly keeping: boolean;
  /**
   * True (and the file is left as it is) when `file` (relative to the site) is the page the last
   * build wrote from the same inputs: `keyOf(lists)` gives the key for the lists it recorded.
   */
  unchanged: (file: string, keyOf: (lists: readonly string[]) => string) => boolean;
  /** Records a page this build wrote, with its key (and a list page's lists). */
  wrote: (file: string, key: string, lists?: readonly string[]) => void;
  /** The key this build recorded for `file` (written or left alone), if any. */
  keyOf: (file: string) => string | undefined;
  /** Every file the last build's manifest names (none when the folder is not kept). */
  lastFiles: () => string[];
  /**
   * True (and every file is left as it is) when `files` (a non-empty group, e.g. one search
   * bucket) are all files the last build wrote from `key`, unchanged since; else nothing is kept.
   */
  keepAll: (files: readonly string[], key: string) => boolean;
  /**
   * After every step has written its files: deletes what this build did not write or keep, and
   * saves the manifest. The number of files deleted.
   */
  finish: () => number;
}

const manifestKey = (outDir: string) => hashOf('site manifest', path.resolve(outDir));
const foldersKey = (outDir: string) => hashOf('site folders', path.resolve(outDir));

/**
 * Every folder of the site as the last build left it (relative, '' for the site itself): its
 * modification time when every file in it was one the manifest names, else -1 (always read).
 */
type Folders = Record<string, number>;

function readFolders(cache: BuildCache, outDir: string): Folders {
  try {
    const parsed = JSON.parse(cache.get(foldersKey(outDir)) ?? 'null') as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Folders)
      : {};
  } catch {
    return {}; // damaged: every folder is read
  }
}

function readManifest(cache: BuildCache, outDir: string): Manifest | null {
  try {
    const parsed = JSON.parse(cache.get(manifestKey(outDir)) ?? 'null') as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Manifest)
      : null;
  } catch {
    return null; // damaged: a full write
  }
}

/**
 * The time files written from now on get, by the file system's own clock (coarser than
 * `Date.now()`: a file written right after may otherwise look older than the build).
 */
function fileClockNow(outDir: string): number {
  const marker = path.join(outDir, `.build-started-${process.pid}`);
  writeFileSync(marker, '');
  const { mtimeMs } = statSync(marker);
  unlinkSync(marker);
  return mtimeMs;
}

/**
 * Starts a build into `outDir`, which already holds a site. With a manifest and `keep` (the
 * build would empty the folder), the folder is kept; otherwise the caller empties it as before.
 */
export function startSiteSync(outDir: string, root: string, keep: boolean): SiteSync {
  const cache = openCache('sites', root);
  const last = keep ? readManifest(cache, outDir) : null;
  let started = 0;
  if (last) {
    try {
      started = fileClockNow(outDir);
    } catch {
      started = 0; // no folder: nothing to keep
    }
  }
  const keeping = last !== null && started > 0;
  // This build's files: a key alone for a file it wrote (its size and time are read at the end),
  // the last build's entry for one it left in place. A written entry was an object of its own:
  // at 8,000 stories 82,000 of them, 4.6 MB of heap (docs/archive.md, round eight). An object,
  // not a Map: its keys are interned, where a Map kept each path as it was made (joined or
  // sliced strings), 10 MB more at 8,000 stories.
  const next: Record<string, string | ManifestEntry> = {};
  return {
    keeping,
    unchanged(file, keyOf) {
      const entry = keeping ? last?.[file] : undefined;
      if (!entry || typeof entry.key !== 'string') return false;
      if (entry.key !== keyOf(Array.isArray(entry.lists) ? entry.lists : [])) return false;
      const stat = statSync(path.join(outDir, file), { throwIfNoEntry: false });
      if (!stat?.isFile() || stat.size !== entry.size || stat.mtimeMs !== entry.mtimeMs)
        return false;
      next[file] = entry;
      return true;
    },
    wrote(file, key, lists) {
      next[file] = lists ? { key, size: -1, mtimeMs: -1, lists: [...lists] } : key;
    },
    keyOf(file) {
      const entry = next[file];
      return typeof entry === 'string' ? entry : entry?.key;
    },
    lastFiles: () => (keeping && last ? Object.keys(last) : []),
    keepAll(files, key) {
      if (!keeping || !last || files.length === 0) return false;
      const same = (file: string) => {
        const entry = last[file];
        if (entry?.key !== key) return false;
        const stat = statSync(path.join(outDir, file), { throwIfNoEntry: false });
        return (
          stat?.isFile() === true && stat.size === entry.size && stat.mtimeMs === entry.mtimeMs
        );
      };
      if (!files.every(same)) return false;
      for (const file of files) next[file] = last[file] as ManifestEntry;
      return true;
    },
    finish() {
      const known = (file: string) => Object.hasOwn(next, file);
      let deleted = 0;
      let folders: Folders = {};
      if (keeping && last) {
        // What the last build wrote and this one did not is deleted by name…
        for (const file of Object.keys(last)) {
          if (known(file)) continue;
          const target = path.join(outDir, file);
          const stat = statSync(target, { throwIfNoEntry: false });
          if (!stat?.isFile() || stat.mtimeMs >= started) continue;
          rmSync(target);
          deleted++;
        }
        // …and anything else by the sweep, which reads only folders that changed since.
        const swept = sweep(outDir, started, known, readFolders(cache, outDir));
        deleted += swept.deleted;
        folders = swept.folders;
      }
      // The manifest, in the order the files were recorded, one entry at a time (each dropped
      // once written out: the entries are not held twice).
      const saved: string[] = [];
      for (const file of Object.keys(next)) {
        const entry = next[file] as string | ManifestEntry;
        Reflect.deleteProperty(next, file);
        let full: ManifestEntry | undefined;
        if (typeof entry !== 'string' && entry.size >= 0)
          full = entry; // left in place
        else {
          const stat = statSync(path.join(outDir, file), { throwIfNoEntry: false });
          if (stat)
            full =
              typeof entry === 'string'
                ? { key: entry, size: stat.size, mtimeMs: stat.mtimeMs }
                : { ...entry, size: stat.size, mtimeMs: stat.mtimeMs };
        }
        if (full) saved.push(`${JSON.stringify(file)}:${JSON.stringify(full)}`);
      }
      cache.set(manifestKey(outDir), `{${saved.join(',')}}`);
      cache.set(foldersKey(outDir), JSON.stringify(folders));
      return deleted;
    },
  };
}

/**
 * Deletes every file under `outDir` older than `started` that this build neither left in place
 * nor wrote (`known`), and the folders that leaves empty. Everything a build writes is newer.
 * Only files it does not know are looked at (`stat`): at 10,000 stories, a stat of each of the
 * site's 80,000 files took 2.5 s of a 20 s rebuild. A folder is read only when it changed since
 * the last build (a file or folder added, removed or renamed in it changes its modification
 * time): reading all 60,000 folders of a site of 10,000 stories took 11 s of a rebuild; a `stat`
 * of each costs a quarter of that. Returns the folders for the next build's sweep.
 */
function sweep(
  outDir: string,
  started: number,
  known: (file: string) => boolean,
  last: Folders,
): { deleted: number; folders: Folders } {
  const children = new Map<string, string[]>();
  for (const folder of Object.keys(last)) {
    if (folder === '') continue;
    const parent = path.dirname(folder) === '.' ? '' : path.dirname(folder);
    const list = children.get(parent) ?? [];
    list.push(folder);
    children.set(parent, list);
  }
  const folders: Folders = {};
  let deleted = 0;
  const prefix = (folder: string) => (folder === '' ? '' : folder + path.sep);
  /** Reads `folder` and visits what is in it: true when it is left empty. */
  const read = (folder: string, full: string): boolean => {
    let empty = true;
    let allKnown = true;
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      const file = prefix(folder) + entry.name;
      if (folder === '' && NEVER_SWEPT.has(entry.name)) {
        empty = false;
        allKnown = false;
        continue;
      }
      if (entry.isDirectory()) {
        if (visit(file)) rmdirSync(path.join(outDir, file));
        else empty = false;
        continue;
      }
      if (known(file)) {
        empty = false;
        continue;
      }
      allKnown = false;
      const stat = statSync(path.join(full, entry.name), { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.mtimeMs >= started) {
        empty = false;
        continue;
      }
      rmSync(path.join(full, entry.name), { force: true });
      deleted++;
    }
    if (!empty) folders[folder] = allKnown ? statSync(full).mtimeMs : -1;
    return empty;
  };
  const visit = (folder: string): boolean => {
    const full = path.join(outDir, folder);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat?.isDirectory()) return false;
    const recorded = last[folder];
    if (recorded === undefined || recorded < 0 || recorded !== stat.mtimeMs)
      return read(folder, full);
    // Unchanged since the last build, when it held only files it knew (those it no longer
    // writes were deleted by name, which changed the time): only its folders are visited.
    let removed = false;
    for (const child of children.get(folder) ?? []) {
      if (visit(child)) {
        rmdirSync(path.join(outDir, child));
        removed = true;
      }
    }
    if (removed) return read(folder, full);
    folders[folder] = recorded;
    return false;
  };
  visit('');
  return { deleted, folders };
}
