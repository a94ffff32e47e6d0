/**
 * Engine benchmark: the seed pair and each text repeated 10 and 100 times, aligned, diffed and
 * with findings, against jsdiff's `diffWords` over the whole texts as the reference. Medians of
 * several runs in one process; the reference runs in a worker and is given up after 60 s.
 */
import { readFileSync } from 'node:fs';
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

function time(run: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
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
  console.log('  input                 sentences      engine     diffWords      ratio');
  for (const times of [1, 10, 100]) {
    const left: VersionText = {
      label: 'AP',
      paragraphs: Array.from({ length: times }, () => ap).flat(),
    };
    const right: VersionText = {
      label: 'rewrite',
      paragraphs: Array.from({ length: times }, () => rewrite).flat(),
    };
    const runs = times === 100 ? 5 : times === 10 ? 9 : 21;
    let sentences = 0;
    const engine = time(() => {
      const c = compareVersions(left, right);
      sentences = c.left.sentences.length + c.right.sentences.length;
    }, runs);
    const ref = await reference(
      left.paragraphs.join('\n\n'),
      right.paragraphs.join('\n\n'),
      times === 100 ? 1 : 3,
    );
    const refText = ref === null ? `gave up after ${REFERENCE_LIMIT_MS / 1000} s` : format(ref);
    const ratio =
      ref === null
        ? `> ${Math.round(REFERENCE_LIMIT_MS / engine)}×`
        : `${Math.round(ref / engine)}×`;
    console.log(
      `  seed pair ×${String(times).padEnd(4)}  ${String(sentences).padStart(14)}  ${format(engine).padStart(10)}  ${refText.padStart(12)}  ${ratio.padStart(9)}`,
    );
  }
  // Adversarial input: thousands of identical sentences must stay bounded.
  const same = Array.from({ length: 3000 }, () => 'Kishi said the deal was signed.');
  const adversarial = time(
    () => compareVersions({ label: null, paragraphs: same }, { label: null, paragraphs: same }),
    3,
  );
  console.log(`  3,000 identical sentences each side: ${format(adversarial)}`);
}
