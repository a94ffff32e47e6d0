/**
 * Vite plugin: serves the validated content folder as the `virtual:content` module.
 *
 * - Build: invalid content fails the build with every problem of every file in one report.
 * - Dev: the same report shows in the error overlay; the server keeps running, and saving,
 *   adding or removing a content file reloads the data (the store swaps it in place via HMR).
 * Node only: the browser bundle receives plain data, never a parser.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { loadContent } from './content/load-content.ts';
import { ContentError, formatProblem } from './content/problem.ts';

const PUBLIC_ID = 'virtual:content';
const RESOLVED_ID = `\0${PUBLIC_ID}`;

export function contentPlugin(options: { dir: string }): Plugin {
  let root = process.cwd();
  const folder = () => path.resolve(root, options.dir);

  return {
    name: 'news-versions:content',
    configResolved(config) {
      root = config.root;
    },
    configureServer(devServer) {
      devServer.watcher.add(folder());
      const onChange = (file: string) => {
        if (!file.startsWith(folder()) || !file.endsWith('.md')) return;
        const graph = devServer.environments.client.moduleGraph;
        const mod = graph.getModuleById(RESOLVED_ID);
        if (mod) graph.invalidateModule(mod);
        devServer.environments.client.hot.send({ type: 'full-reload' });
      };
      // Edits to a file already read reach us through addWatchFile + HMR; additions and removals
      // change the set of files, so they reload outright.
      devServer.watcher.on('add', onChange);
      devServer.watcher.on('unlink', onChange);
    },
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : null;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      const { data, problems, files } = await loadContent(options.dir, root);
      for (const file of files) this.addWatchFile(file);
      const warnings = problems.filter((p) => p.severity === 'warning');
      for (const warning of warnings) this.warn(formatProblem(warning));
      if (!data) {
        const error = new ContentError(problems, files.length);
        error.stack = error.message; // the report is the whole story: no Node stack trace after it
        throw error;
      }
      // JSON.parse of a string literal is faster to start than an object literal of the same data.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}
