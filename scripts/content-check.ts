/**
 * `npm run content:check`: validate the content folder without building.
 * Prints the same report as the build; exit 1 on errors, 0 with a one-line summary otherwise.
 */
import { loadContent } from '../src/node/content/load-content.ts';
import { formatReport } from '../src/node/content/problem.ts';

const dir = process.argv[2] ?? process.env['CONTENT_DIR'] ?? 'content';
const { problems, files } = await loadContent(dir);
const report = formatReport(problems, files.length);
const failed = problems.some((p) => p.severity === 'error');
(failed ? process.stderr : process.stdout).write(`${report}\n`);
process.exitCode = failed ? 1 : 0;
