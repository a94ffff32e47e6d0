/**
 * Build at scale (printed, never asserted): for N generated stories (two versions each, in a temp
 * folder, never content/), the build's time, CPU and peak memory with an empty cache, the bytes of
 * home, an article and the search index, and the rebuild after one added version (the cache warm).
 * `BENCH_SCALE_N=1000,10000,100000` (the default: the sizes; 100,000 takes about an hour
 * on 2 cores) chooses the sizes; `BENCH_SCALE_SHARDS=N/n` also builds an archive of N as n shards
 * one after the other and merges them (what a matrix of n machines does, on one): each shard's
 * and the merge's figures, their sum, and the merged site's bytes. Each line carries the load
 * average when it ended.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  buildMerge,
  buildShard,
  buildStep,
  withChildren,
  type StepFigures,
} from './build-shards.ts';
import { SEARCH_DIR } from '../src/domain/search-index.ts';
import { kb } from './bench-site.ts';
import { addVersion, generateContent } from './generate-content.ts';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function bytesUnder(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/** Home: its HTML and its first page of stories; an article: its HTML and data file; gzip. */
function siteBytes(site: string) {
  const home = gz(path.join(site, 'index.html')) + gz(path.join(site, 'data/list/home/1.json'));
  const article =
    gz(path.join(site, 'articles/generated-story-1-ap/index.html')) +
    gz(path.join(site, 'data/article/generated-story-1-ap.json'));
  return { home, article, search: bytesUnder(path.join(site, SEARCH_DIR)) };
}

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** The peak that counts: the build's with any process it started, where it can be read. */
const peakOf = (step: StepFigures) => step.treePeakMb ?? step.peakMb;

const said = (step: StepFigures) =>
  `${step.seconds.toFixed(1)} s (CPU ${step.cpuSeconds.toFixed(1)} s), peak ${step.peakMb.toFixed(0)} MB${withChildren(step)}, load ${load()}`;

export async function runScaleBench(): Promise<void> {
  const sizes = (process.env['BENCH_SCALE_N'] ?? '1000,10000,100000')
    .split(',')
    .filter(Boolean) // BENCH_SCALE_N= (empty): no single builds, e.g. only the shards
    .map(Number);
  const curve: Point[] = [];
  for (const n of sizes) {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-scale-'));
    try {
      const env = { CONTENT_DIR: path.join(dir, 'content'), BUILD_CACHE: path.join(dir, 'cache') };
      generateContent(env.CONTENT_DIR, n);
      const site = path.join(dir, 'site');
      const cold = buildStep(site, env);
      curve.push({ n, step: cold });
      const bytes = siteBytes(site);
      console.log(
        `N = ${n.toLocaleString('en')}: build ${said(cold)}; home ${kb(bytes.home)}, article ${kb(bytes.article)} (HTML + data, gzip), search index ${kb(bytes.search)} on disk`,
      );
      addVersion(env.CONTENT_DIR, 1);
      const again = buildStep(site, env);
      console.log(`  rebuild after one added version: ${said(again)}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const sharded = process.env['BENCH_SCALE_SHARDS'];
  if (sharded) {
    const [n, count] = sharded.split('/').map(Number) as [number, number];
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-scale-'));
    try {
      const env = { CONTENT_DIR: path.join(dir, 'content'), BUILD_CACHE: path.join(dir, 'cache') };
      generateContent(env.CONTENT_DIR, n);
      const shards = path.join(dir, 'shards');
      const steps: StepFigures[] = [];
      for (let i = 1; i <= count; i++) {
        const step = buildShard(shards, i, count, env);
        steps.push(step);
        console.log(`N = ${n.toLocaleString('en')}, shard ${i} of ${count}: ${said(step)}`);
      }
      const site = path.join(dir, 'site');
      const merge = buildMerge(shards, site, env);
      const bytes = siteBytes(site);
      console.log(
        `  merge: ${said(merge)}; home ${kb(bytes.home)}, article ${kb(bytes.article)} (HTML + data, gzip), search index ${kb(bytes.search)} on disk`,
      );
      const all = [...steps, merge];
      const sum = (pick: (step: StepFigures) => number) =>
        all.reduce((t, step) => t + pick(step), 0);
      console.log(
        `  N = ${n.toLocaleString('en')} as ${count} shards and the merge, one after the other: ${sum((s) => s.seconds).toFixed(1)} s (CPU ${sum((s) => s.cpuSeconds).toFixed(1)} s), peak ${Math.max(...all.map(peakOf)).toFixed(0)} MB (the largest step's, with child processes)`,
      );
      const trees = all.map((s) => s.treePeakMb);
      curve.push({
        n,
        how: ` as ${count} shards`,
        step: {
          seconds: sum((s) => s.seconds),
          cpuSeconds: sum((s) => s.cpuSeconds),
          peakMb: Math.max(...all.map((s) => s.peakMb)),
          treePeakMb: trees.every((t) => t !== null) ? Math.max(...trees) : null,
        },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  printCurve(curve);
}

/** A point of the curve: one build of N stories, or N built as shards (times summed, peak the largest). */
interface Point {
  n: number;
  how?: string;
  step: StepFigures;
}

/** Time and memory against N, as ratios to the smallest N, and the peak's growth a story. */
function printCurve(curve: Point[]): void {
  const [first] = [...curve].sort((a, b) => a.n - b.n);
  if (first && curve.length > 1) {
    console.log('time and memory against N (ratio to the smallest):');
    for (const { n, how = '', step } of curve)
      console.log(
        `  N = ${n.toLocaleString('en')}${how}: ×${(n / first.n).toFixed(0)} stories, ×${(step.seconds / first.step.seconds).toFixed(1)} time, ×${(step.cpuSeconds / first.step.cpuSeconds).toFixed(1)} CPU, ×${(peakOf(step) / peakOf(first.step)).toFixed(1)} peak memory (${((step.cpuSeconds * 1000) / n).toFixed(0)} ms CPU a story)`,
      );
    const last = [...curve].sort((a, b) => a.n - b.n).at(-1);
    if (last && last.n > first.n)
      console.log(
        `  peak memory (with child processes) grew ${(((peakOf(last.step) - peakOf(first.step)) * 1024) / (last.n - first.n)).toFixed(1)} KB a story from N = ${first.n.toLocaleString('en')} to ${last.n.toLocaleString('en')}`,
      );
  }
}
