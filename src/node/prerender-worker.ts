/**
 * Rendering pages in worker threads: a fresh heap each (in the build's own, large after bundling
 * thousands of modules, garbage collection tripled the time) and a second core.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PrerenderedPage } from '../domain/prerendered-page.ts';
import { SERVER_CONTENT_KEY } from './vite-plugin-content.ts';

/**
 * The worker reads the server bundle with `{ dataDir }`, the site folder, from which it reads each
 * page's data file (it was handed a copy of all the content before: one more copy of every body
 * per worker); pages come back as messages.
 */
const WORKER = `
import { parentPort, workerData } from 'node:worker_threads';
(async () => {
  globalThis[Symbol.for(workerData.key)] = workerData.content;
  const server = await import(workerData.entry);
  for (const url of workerData.urls) {
    parentPort.postMessage({ page: await server.renderPage(url) });
    server.forgetContent();
  }
  parentPort.postMessage({ done: true });
})().catch((error) => parentPort.postMessage({ error: String((error && error.stack) || error) }));
`;

/** Pages a worker must have before a second one is worth its start (small sites: one). */
const PAGES_PER_WORKER = 500;

function renderInWorker(
  entry: string,
  dataDir: string,
  urls: (string | null)[],
  onPage: (page: PrerenderedPage) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // A module file beside the server bundle: eval'd code would be read as CommonJS or as ESM
    // depending on the flags the build was started with.
    const script = path.join(path.dirname(entry), 'prerender-worker.mjs');
    writeFileSync(script, WORKER);
    const worker = new Worker(pathToFileURL(script), {
      execArgv: [],
      workerData: {
        key: SERVER_CONTENT_KEY,
        content: { dataDir },
        urls,
        entry: pathToFileURL(entry).href,
      },
    });
    worker.on('message', (message: { page?: PrerenderedPage; error?: string; done?: true }) => {
      if (message.page) {
        try {
          onPage(message.page);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          void worker.terminate();
        }
      } else if (message.error) reject(new Error(`prerendering failed: ${message.error}`));
      else if (message.done) resolve();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`a prerender worker stopped with exit code ${code}`));
      resolve(); // settled already when it reported done or failed
    });
  });
}

/**
 * Renders `urls` with the server bundle `entry` (reading data files from `dataDir`), one worker per
 * core with an equal share; each page goes to `onPage` as it comes. The number of workers.
 */
export async function renderPages(
  entry: string,
  dataDir: string,
  urls: (string | null)[],
  onPage: (page: PrerenderedPage) => void,
): Promise<number> {
  const workers = Math.max(
    1,
    Math.min(availableParallelism(), Math.ceil(urls.length / PAGES_PER_WORKER)),
  );
  const shares = Array.from({ length: workers }, (_, w) =>
    urls.filter((_, i) => i % workers === w),
  );
  await Promise.all(shares.map((share) => renderInWorker(entry, dataDir, share, onPage)));
  return workers;
}
