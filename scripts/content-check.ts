/**
 * `npm run content:check [folder] [--all]`: validate the content folder without building.
 * Prints the same report as the build (its first problems, then a count of the rest; `--all`
 * prints every one); exit 1 on errors, 0 with a one-line summary otherwise.
 */
import { loadContent } from '../src/node/content/load-content.ts';
import { formatReport, REPORT_LIMIT } from '../src/node/content/problem.ts';

const args = process.argv.slice(2);
const all = args.includes('--all');
const dir = args.find((arg) => !arg.startsWith('--')) ?? process.env['CONTENT_DIR'] ?? 'content';
const { problems, files } = await loadContent(dir);
const report = formatReport(problems, files.length, all ? Number.POSITIVE_INFINITY : REPORT_LIMIT);
const failed = problems.some((p) => p.severity === 'error');
(failed ? process.stderr : process.stdout).write(`${report}\n`);
process.exitCode = failed ? 1 : 0;
