/**
 * `vite build` as `npm run build` runs it, from inside Vitest. Vitest sets NODE_ENV to "test",
 * and Vite keeps a NODE_ENV it finds: the browser tests then ran against React's and
 * react-router's development builds (452 KB of vendor code instead of 259 KB), not the site a
 * reader gets. The build runs with NODE_ENV=production, restored afterwards.
 */
import { build, type InlineConfig } from 'vite';

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
