/**
 * The site folder across builds (site-sync.ts): at the start, either keep it (the last build's
 * manifest is in the cache) or move the old site aside as before (empty-out-dir.ts); at the very
 * end, after the pages and the search index are written, delete what this build did not write
 * and save the manifest. Listed after every plugin that writes into the site.
 */
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { emptyOutDirAside } from './empty-out-dir.ts';
import { startSiteSync, type SiteSync } from './site-sync.ts';

export const SITE_SYNC_PLUGIN_NAME = 'news-versions:site-sync';

export interface SiteSyncPluginApi {
  /** This build's sync, from `buildStart` on. */
  sync: () => SiteSync;
}

export function siteSyncPlugin(): Plugin {
  let config: ResolvedConfig;
  let sync: SiteSync | undefined;
  const api: SiteSyncPluginApi = {
    sync() {
      if (!sync) throw new Error('the site sync starts at buildStart');
      return sync;
    },
  };
  return {
    name: SITE_SYNC_PLUGIN_NAME,
    api,
    // The browser build only: the prerender step's own SSR build writes no site.
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      const outDir = path.resolve(config.root, config.build.outDir);
      const inRoot = outDir.startsWith(path.resolve(config.root) + path.sep);
      const empties = config.build.write && (config.build.emptyOutDir ?? inRoot);
      sync = startSiteSync(outDir, config.root, empties);
      if (sync.keeping) {
        // Vite would empty the folder at renderStart: this build deletes only what is stale.
        this.environment.config.build.emptyOutDir = false;
      } else if (empties) {
        // Before Vite empties the site folder (renderStart), move the old site aside: Vite's own
        // emptying deletes file by file and blocked a rebuild for a minute (empty-out-dir.ts).
        emptyOutDirAside(outDir);
      }
    },
    closeBundle: {
      // After the prerender and search plugins have written every page and the index.
      order: 'post',
      sequential: true,
      handler() {
        const deleted = sync?.finish() ?? 0;
        if (sync?.keeping)
          config.logger.info(
            `site folder kept from the last build; ${deleted} stale files deleted`,
          );
      },
    },
  };
}
