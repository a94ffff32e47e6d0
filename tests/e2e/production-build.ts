/**
 * `vite build` as `npm run build` runs it, from inside Vitest. Vitest sets NODE_ENV to "test",
 * and Vite keeps a NODE_ENV it finds: the browser tests then ran against React's and
 * react-router's development builds (452 KB of vendor code instead of 259 KB), not the site a
 * reader gets. The build runs with NODE_ENV=production, restored afterwards.
 */
import { build, preview, type InlineConfig, type PreviewServer } from 'vite';

export async function productionBuild(config: InlineConfig): Promise<void> {
  const before = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build(config);
  } finally {
    if (before === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = before;
  }
}

/**
 * A production site built with the given environment (e.g. `CONTENT_DIR`, `SITE_ORIGIN`, each
 * restored afterwards) and served by `vite preview` on `port` or the next free one: what every
 * browser test that needs its own content does first.
 */
export async function serveBuiltSite(options: {
  env: Record<string, string>;
  outDir: string;
  port: number;
}): Promise<{ server: PreviewServer; base: string }> {
  const before = Object.keys(options.env).map((key) => [key, process.env[key]] as const);
  Object.assign(process.env, options.env);
  try {
    await productionBuild({
      logLevel: 'error',
      build: { outDir: options.outDir, emptyOutDir: true },
    });
  } finally {
    for (const [key, value] of before)
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
  }
  const server = await preview({
    logLevel: 'error',
    build: { outDir: options.outDir },
    preview: { port: options.port, strictPort: false, host: '127.0.0.1' },
  });
  return { server, base: (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '') };
}
