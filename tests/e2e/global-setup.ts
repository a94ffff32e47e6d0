/**
 * Browser tests run against the production build served by `vite preview`, as a reader gets it.
 * The site is built once per run into test-results/site.
 */
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';
import { productionBuild } from './production-build.ts';

const OUT_DIR = 'test-results/site';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  await productionBuild({ logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    build: { outDir: OUT_DIR },
    preview: { port: 4180, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  project.provide('baseURL', url.replace(/\/$/, ''));
  return async () => {
    await server.close();
  };
}
