import { chmodSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * The `news-versions` command, compiled ahead of time: one self-contained ES module for Node 20
 * with every dependency bundled in, so starting it reads one file and compiles no TypeScript.
 * `npm run build:cli` writes bin/news-versions.js (the `bin` entry of package.json).
 */
/** The built command is run directly (`./bin/news-versions.js`), so it must be executable. */
const executable = (): Plugin => ({
  name: 'news-versions-executable',
  writeBundle(options, bundle) {
    for (const file of Object.keys(bundle))
      if (file.endsWith('news-versions.js'))
        chmodSync(path.join(options.dir ?? 'bin', file), 0o755);
  },
});

export default defineConfig({
  plugins: [executable()],
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'scripts/compare.ts',
    outDir: 'bin',
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    rolldownOptions: {
      output: {
        format: 'es',
        entryFileNames: 'news-versions.js',
        banner: '#!/usr/bin/env node',
      },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
