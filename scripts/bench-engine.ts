/**
 * Engine benchmark: the seed pair and each text repeated 10, 100 and 1,000 times, aligned,
 * diffed and with findings, against jsdiff's `diffWords` over the whole texts as the reference.
 * Several runs in one process: median wall time, and CPU time (min and median), which a busy
 * machine inflates less; the reference runs in a worker and is given up after 60 s. Then the
 * compiled command, measured as the CPU time (user + sys) of each child process: `node -e 0`,
 * its start-up (usage message), and `compare --json` on the ×1 and ×100 pairs.
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

function time(run: () => void, runs: number): { wall: number; cpu: number; cpuMin: number } {
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
  return { wall: median(wall), cpu: median(cpu), cpuMin: Math.min(...cpu) };
}

/**
 * CPU time (user + sys, ms) of running `node <args>`, min and median of `runs`, and its wall
 * time. The child's own usage is read from the shell's `times` after it exits, so spawning
 * costs are not counted in CPU; wall time is the whole `bash -c` (a few ms more than the child).
 * CPU counts V8's compiler and collector threads too, which run beside the main thread, so on a
 * machine with a free core the wall time is the lower figure.
 */
function command(
  args: string[],
  runs: number,
): { min: number; median: number; wallMin: number; wallMedian: number } {
  const cpu: number[] = [];
  const wall: number[] = [];
  const quoted = args.map((a) => `'${a.replaceAll("'", `'\\''`)}'`).join(' ');
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const out = spawnSync(
      'bash',
      ['-c', `'${process.execPath}' ${quoted} >/dev/null 2>&1; times`],
      {
        encoding: 'utf8',
      },
    ).stdout;
    wall.push(performance.now() - start);
    // `times` prints the shell's user/sys, then its children's: "0m0.123s 0m0.045s".
    const children = out.trim().split('\n').at(-1) ?? '';
    const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map(
      (m) => Number(m[1]) * 60 + Number(m[2]),
    );
    cpu.push(((seconds[0] ?? 0) + (seconds[1] ?? 0)) * 1000);
  }
  return {
    min: Math.min(...cpu),
    median: median(cpu),
    wallMin: Math.min(...wall),
    wallMedian: median(wall),
  };
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
  console.log(
    'Comparison engine (wall and diffWords medians; CPU min / median; jsdiff diffWords over the whole texts as reference)',
  );
  console.log(
    '  input                 sentences      engine  engine CPU min / median     diffWords      ratio',
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
      `  seed pair ×${String(times).padEnd(5)} ${String(sentences).padStart(14)}  ${format(engine.wall).padStart(10)}  ${`${format(engine.cpuMin)} / ${format(engine.cpu)}`.padStart(24)}  ${refText.padStart(12)}  ${ratio.padStart(9)}`,
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

/** The compiled command: start-up, and compare --json on the ×1 and ×100 pairs. */
function commandBench(ap: string[], rewrite: string[]): void {
  if (!existsSync('bin/news-versions.js'))
    spawnSync('npm', ['run', '--silent', 'build:cli'], { stdio: 'inherit' });
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-compare-'));
  const write = (name: string, paragraphs: string[], times: number) => {
    const file = path.join(dir, name);
    writeFileSync(file, Array.from({ length: times }, () => paragraphs.join('\n\n')).join('\n\n'));
    return file;
  };
  const bin = 'bin/news-versions.js';
  const node = command(['-e', '0'], 15);
  const startup = command([bin, 'compare'], 15);
  const x1 = command(
    [bin, 'compare', write('ap.txt', ap, 1), write('rw.txt', rewrite, 1), '--json'],
    9,
  );
  const x100 = command(
    [bin, 'compare', write('ap-x100.txt', ap, 100), write('rw-x100.txt', rewrite, 100), '--json'],
    5,
  );
  const row = (name: string, t: ReturnType<typeof command>, extra = '') =>
    console.log(
      `  ${name.padEnd(34)} ${format(t.min).padStart(9)} / ${format(t.median).padStart(9)}   ${format(t.wallMin).padStart(9)} / ${format(t.wallMedian).padStart(9)}${extra}`,
    );
  console.log(
    'Compiled command (bin/news-versions.js): CPU user + sys, min / median; wall, min / median',
  );
  row('node -e 0', node);
  row(
    'news-versions start-up (usage)',
    startup,
    `  (${format(startup.min - node.min)} CPU beyond node -e 0)`,
  );
  row('compare --json, seed pair ×1', x1);
  row(
    'compare --json, seed pair ×100',
    x100,
    `  (beyond start-up: ${format(x100.min - startup.min)} CPU, ${format(x100.wallMin - startup.wallMin)} wall)`,
  );
}
