/**
 * Comparing two built sites file by file: the sharded build against the whole one, a cached
 * rebuild against a build from nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file under `root`, as paths relative to it, sorted. */
export const filesOf = (root: string): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();

/** Those of `files` whose bytes differ between the sites at `a` and `b`. */
export const differingFiles = (files: readonly string[], a: string, b: string): string[] =>
  files.filter(
    (file) => !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))),
  );
