/**
 * Engine benchmark: the seed pair and each text repeated 10, 100 and 1,000 times, aligned,
 * diffed and with findings, against jsdiff's `diffWords` over the whole texts as the reference.
 * Medians of several runs in one process (wall time, and CPU time, which a busy machine inflates
 * less); the reference runs in a worker and is given up after 60 s. Then the compiled command:
 * its start-up, and `compare --json` on the ×100 pair beyond start-up.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { compareVersions } from '../src/engine/compare.ts';
import type { VersionText } from '../src/engine/types.ts';

const REFERENCE_LIMIT_MS = 60_000;

function body(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return source
    .slice(source.indexOf('\n---', 3) + 4)
    .trim()
    .split(/\n\s*\n/);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => void, runs: number): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const usage = process.cpuUsage();
    run();
    const used = process.cpuUsage(usage);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** Median wall time of running the compiled command, in ms. */
function command(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    spawnSync(process.execPath, ['bin/news-versions.js', ...args], { stdio: 'ignore' });
    times.push(performance.now() - start);
  }
  return median(times);
}

/** jsdiff diffWords in a worker, so a run that takes minutes can be stopped. */
function reference(left: string, right: string, runs: number): Promise<number | null> {
  const diffPath = createRequire(import.meta.url).resolve('diff');
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { diffWords } = require(workerData.diffPath);
    const times = [];
    for (let i = 0; i < workerData.runs; i++) {
      const start = performance.now();
      diffWords(workerData.left, workerData.right);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    parentPort.postMessage(times[Math.floor(times.length / 2)]);
  `;
  return new Promise((resolve) => {
    const worker = new Worker(code, { eval: true, workerData: { left, right, runs, diffPath } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(null);
    }, REFERENCE_LIMIT_MS);
    worker.once('message', (ms: number) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(ms);
    });
    worker.once('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

const format = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

export async function runEngineBench(): Promise<void> {
  const ap = body('content/japan-vietnam-cyber-defense-ap.md');
  const rewrite = body('content/japan-vietnam-defense-scraped-rewrite.md');
  console.log('Comparison engine (medians; jsdiff diffWords over the whole texts as reference)');
  console.log(
    '  input                 sentences      engine    engine CPU     diffWords      ratio',
  );
  for (const times of [1, 10, 100, 1000]) {
    const left: VersionText = {
      label: 'AP',
      paragraphs: Array.from({ length: times }, () => ap).flat(),
    };
    const right: VersionText = {
      label: 'rewrite',
      paragraphs: Array.from({ length: times }, () => rewrite).flat(),
    };
    const runs = times === 1000 ? 1 : times === 100 ? 5 : times === 10 ? 9 : 21;
    let sentences = 0;
    const engine = time(() => {
      const c = compareVersions(left, right);
      sentences = c.left.sentences.length + c.right.sentences.length;
    }, runs);
    // At ×1,000 the reference would only show its time limit again.
    const ref =
      times === 1000
        ? null
        : await reference(
            left.paragraphs.join('\n\n'),
            right.paragraphs.join('\n\n'),
            times === 100 ? 1 : 3,
          );
    const refText =
      times === 1000
        ? 'not run'
        : ref === null
          ? `gave up after ${REFERENCE_LIMIT_MS / 1000} s`
          : format(ref);
    const ratio =
      times === 1000
        ? ''
        : ref === null
          ? `> ${Math.round(REFERENCE_LIMIT_MS / engine.wall)}×`
          : `${Math.round(ref / engine.wall)}×`;
    console.log(
      `  seed pair ×${String(times).padEnd(5)} ${String(sentences).padStart(14)}  ${format(engine.wall).padStart(10)}  ${format(engine.cpu).padStart(12)}  ${refText.padStart(12)}  ${ratio.padStart(9)}`,
    );
  }
  // Adversarial input: thousands of identical sentences must stay bounded.
  const same = Array.from({ length: 3000 }, () => 'Kishi said the deal was signed.');
  const adversarial = time(
    () => compareVersions({ label: null, paragraphs: same }, { label: null, paragraphs: same }),
    3,
  );
  console.log(
    `  3,000 identical sentences each side: ${format(adversarial.wall)} (CPU ${format(adversarial.cpu)})`,
  );
  commandBench(ap, rewrite);
}

/** The compiled command: start-up, and compare --json on the ×100 pair beyond start-up. */
function commandBench(ap: string[], rewrite: string[]): void {
  if (!existsSync('bin/news-versions.js'))
    spawnSync('npm', ['run', '--silent', 'build:cli'], { stdio: 'inherit' });
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-compare-'));
  const write = (name: string, paragraphs: string[]) => {
    const file = path.join(dir, name);
    writeFileSync(file, Array.from({ length: 100 }, () => paragraphs.join('\n\n')).join('\n\n'));
    return file;
  };
  const left = write('ap-x100.txt', ap);
  const right = write('rewrite-x100.txt', rewrite);
  const node = median(
    Array.from({ length: 9 }, () => {
      const start = performance.now();
      spawnSync(process.execPath, ['-e', '0']);
      return performance.now() - start;
    }),
  );
  const startup = command(['compare'], 9);
  const x100 = command(['compare', left, right, '--json'], 5);
  console.log('Compiled command (bin/news-versions.js, medians of wall time)');
  console.log(`  node -e 0: ${format(node)}; news-versions start-up (usage): ${format(startup)}`);
  console.log(
    `  compare --json, seed pair ×100: ${format(x100)}, ${format(x100 - startup)} beyond start-up`,
  );
}
