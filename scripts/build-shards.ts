/**
 * The site built across machines (src/node/shard.ts):
 *
 *   npm run build:shard -- --shard 2/4   slice 2 of 4 into dist-shards/2/ (or SHARD=2/4, or a
 *                                         Kubernetes Indexed Job's JOB_COMPLETION_INDEX with
 *                                         JOB_COMPLETION_COUNT)
 *   npm run build:merge                  dist-shards/* into dist/, with home, the lists, the feed
 *                                         and the search index
 *   npm run build:shard -- --all 4       every slice one after the other, then the merge
 *
 * `--shards DIR` and `--out DIR` choose the folders. Each step is `vite build` in its own process
 * with the environment that names its slice; every one must run on the same commit and content.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseShard, SHARDS_DIR, sliceFromEnv } from '../src/node/shard.ts';
import { startTreeSampler } from './tree-memory.ts';

const vite = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vite/package.json')),
  'bin/vite.js',
);

export interface StepFigures {
  seconds: number;
  peakMb: number;
  /** User and system CPU of the build's own process (its threads), not of any process it starts. */
  cpuSeconds: number;
  /**
   * The build with every process it started (none since search is indexed in the build's own process), sampled every 100 ms; never below the
   * build's own exact peak, which a sample can miss. Null without /proc.
   */
  treePeakMb: number | null;
}

/** One `vite build` of the site with `env` added, into `outDir`; its time and peak memory. */
export function buildStep(outDir: string, env: Record<string, string>): StepFigures {
  const started = performance.now();
  const clean = { ...process.env };
  for (const name of ['SHARD', 'MERGE_SHARDS', 'JOB_COMPLETION_INDEX', 'JOB_COMPLETION_COUNT'])
    Reflect.deleteProperty(clean, name);
  // The child reports its own peak (ru_maxrss), which spawnSync does not give.
  const tree = startTreeSampler();
  const report = `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nPEAK_RSS_KB=' + u.maxRSS + ' CPU_US=' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });`;
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      `data:text/javascript,${encodeURIComponent(report)}`,
      vite,
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { env: { ...clean, ...env }, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' },
  );
  const sampled = tree.stop();
  const [, peak, cpu] = /PEAK_RSS_KB=(\d+) CPU_US=(\d+)/.exec(run.stderr) ?? [];
  process.stderr.write(run.stderr.replace(/\n?PEAK_RSS_KB=\d+ CPU_US=\d+\n/, ''));
  if (run.status !== 0) throw new Error(`vite build (${JSON.stringify(env)}) failed`);
  const peakMb = Number(peak ?? 0) / 1024;
  return {
    seconds: (performance.now() - started) / 1000,
    peakMb,
    cpuSeconds: Number(cpu ?? 0) / 1e6,
    treePeakMb: sampled === null ? null : Math.max(sampled, peakMb),
  };
}

/** The tree's peak, when known: ", 840 MB with its child processes". */
export const withChildren = (figures: StepFigures) =>
  figures.treePeakMb === null
    ? ''
    : `, ${figures.treePeakMb.toFixed(0)} MB with its child processes`;

type Env = Record<string, string>;

export const buildShard = (shards: string, index: number, count: number, env: Env = {}) =>
  buildStep(path.join(shards, String(index)), { ...env, SHARD: `${index}/${count}` });

export const buildMerge = (shards: string, out: string, env: Env = {}) =>
  buildStep(out, { ...env, MERGE_SHARDS: path.resolve(shards) });

/** Every slice one after the other into `shards`, then the merge into `out`. */
export function buildAllShards(count: number, shards: string, out: string, env: Env = {}) {
  rmSync(shards, { recursive: true, force: true });
  mkdirSync(shards, { recursive: true });
  const steps = Array.from({ length: count }, (_, i) => buildShard(shards, i + 1, count, env));
  return { shards: steps, merge: buildMerge(shards, out, env) };
}

const arg = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const shards = arg('shards') ?? SHARDS_DIR;
  const said = (figures: StepFigures) =>
    `${figures.seconds.toFixed(1)} s, peak ${figures.peakMb.toFixed(0)} MB${withChildren(figures)}`;
  try {
    if (process.argv.includes('--merge')) {
      console.log(
        `merged ${shards} into ${arg('out') ?? 'dist'}: ${said(buildMerge(shards, arg('out') ?? 'dist'))}`,
      );
    } else if (arg('all')) {
      const count = Number(arg('all'));
      const result = buildAllShards(count, shards, arg('out') ?? 'dist');
      result.shards.forEach((step, i) => console.log(`shard ${i + 1}/${count}: ${said(step)}`));
      console.log(`merge: ${said(result.merge)}`);
    } else {
      const slice = arg('shard')
        ? { kind: 'shard' as const, ...parseShard(arg('shard') ?? '') }
        : sliceFromEnv(process.env);
      if (slice.kind !== 'shard')
        throw new Error(
          'name a slice: --shard i/n, SHARD=i/n, or JOB_COMPLETION_INDEX with JOB_COMPLETION_COUNT',
        );
      const out = arg('out') ?? path.join(shards, String(slice.index));
      console.log(
        `shard ${slice.index}/${slice.count} into ${out}: ${said(buildStep(out, { SHARD: `${slice.index}/${slice.count}` }))}`,
      );
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
