/**
 * The peak memory of a build and every process it starts. A process's own peak (`ru_maxrss`,
 * what `buildStep` had alone) leaves out its children: Pagefind, the search indexer the build
 * used before its own index (docs/archive.md, round eleven), ran as a binary of its own and held
 * about 500 MB at 3,000 pages that the bench did not show. The build starts no such process
 * now; the figure stays so that one that does is counted.
 *
 * A separate process samples the resident memory of every descendant of the caller (itself
 * left out) every 100 ms, from Linux's /proc, and writes the largest sum it has seen to a file;
 * a separate process because the caller waits in `spawnSync` meanwhile. Sampled, so a peak
 * shorter than 100 ms can be missed; without /proc (macOS) there is no figure.
 */
import { spawn } from 'node:child_process';
import type * as Fs from 'node:fs';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One process as /proc shows it: its parent and resident memory in KB. */
export interface ProcessEntry {
  pid: number;
  parent: number;
  rssKb: number;
}

/** The resident memory of every process below `root`, summed (KB); `skip` is left out. */
export function treeRssKb(entries: readonly ProcessEntry[], root: number, skip: number): number {
  const children = new Map<number, ProcessEntry[]>();
  for (const entry of entries)
    children.set(entry.parent, [...(children.get(entry.parent) ?? []), entry]);
  let sum = 0;
  const stack = [...(children.get(root) ?? [])];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    if (entry.pid === skip) continue;
    sum += entry.rssKb;
    stack.push(...(children.get(entry.pid) ?? []));
  }
  return sum;
}

/**
 * Reads /proc's `stat` line (the parent is the second field after the name, which may hold
 * spaces and parentheses) and `status`'s VmRSS. Kept self-contained: it is the sampler's body.
 */
function sample(root: number, file: string): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const fs = require('node:fs') as typeof Fs;
  let peak = 0;
  const read = (): { pid: number; parent: number; rssKb: number }[] =>
    fs.readdirSync('/proc').flatMap((name) => {
      if (!/^\d+$/.test(name)) return [];
      try {
        const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const rss = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${name}/status`, 'utf8'));
        return [{ pid: Number(name), parent, rssKb: Number(rss?.[1] ?? 0) }];
      } catch {
        return []; // gone meanwhile
      }
    });
  const tick = () => {
    // treeRssKb, passed in as source below.
    const sum = (globalThis as unknown as { treeRssKb: typeof treeRssKb }).treeRssKb(
      read(),
      root,
      process.pid,
    );
    if (sum > peak) fs.writeFileSync(file, String((peak = sum)));
  };
  tick();
  setInterval(tick, 100);
}

/** Starts sampling the caller's descendants; `stop` ends it and gives the peak in MB, or null. */
export function startTreeSampler(): { stop: () => number | null } {
  if (!existsSync('/proc/self/status')) return { stop: () => null };
  const dir = mkdtempSync(path.join(tmpdir(), 'tree-memory-'));
  const file = path.join(dir, 'peak');
  // `__name`: the TypeScript loader may wrap named functions in it; the sampler has no loader.
  const body = `globalThis.__name = (f) => f; globalThis.treeRssKb = ${treeRssKb.toString()}; (${sample.toString()})(${process.pid}, ${JSON.stringify(file)});`;
  const sampler = spawn(process.execPath, ['-e', body], { stdio: 'ignore' });
  return {
    stop: () => {
      sampler.kill();
      try {
        return Number(readFileSync(file, 'utf8')) / 1024;
      } catch {
        return null;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
