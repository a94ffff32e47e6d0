/**
 * `npm run content:check [folder] [--all]`: validate the content folder without building.
 * Prints the same report as the build (its first problems, then a count of the rest; `--all`
 * prints every one); exit 1 on errors, 0 with a one-line summary otherwise. It reads the list index
 * only (src/node/content/content-stream.ts): no comparison is made, no body kept.
 */
import { loadContentIndex } from '../src/node/content/content-stream.ts';
import { formatReport, REPORT_LIMIT } from '../src/node/content/problem.ts';

const args = process.argv.slice(2);
const all = args.includes('--all');
const dir = args.find((arg) => !arg.startsWith('--')) ?? process.env['CONTENT_DIR'] ?? 'content';
const { problems, files } = await loadContentIndex(dir);
const report = formatReport(problems, files.length, all ? Number.POSITIVE_INFINITY : REPORT_LIMIT);
const failed = problems.some((p) => p.severity === 'error');
(failed ? process.stderr : process.stdout).write(`${report}\n`);
process.exitCode = failed ? 1 : 0;
