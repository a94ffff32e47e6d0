/**
 * `npm run import -- <file or URL>… [--out content] [--story id] [--label text] [--force]
 * [--headline text] [--byline text] [--date YYYY-MM-DD] [--publisher text] [--section text]`:
 * one new content file per input. Prints one line per input, the path written or why not; exit
 * 0 when every input was imported, 2 otherwise (also for a bad command line).
 */
import { parseArgs } from 'node:util';
import type { ImportOptions } from '../src/node/import/import-version.ts';
import { toDay } from '../src/node/import/metadata.ts';

const USAGE =
  'usage: npm run import -- <saved page, text or Markdown file, or URL>… [--out content] [--story <id>] [--label <text>] [--headline <text>] [--byline <text>] [--date YYYY-MM-DD] [--publisher <text>] [--section <text>] [--force]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'content' },
      story: { type: 'string' },
      label: { type: 'string' },
      headline: { type: 'string' },
      byline: { type: 'string' },
      date: { type: 'string' },
      publisher: { type: 'string' },
      section: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals.length === 0) fail('nothing to import: name at least one file or URL');
if (values.story !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.story))
  fail(`--story "${values.story}" is not a story id (lowercase letters, digits, single hyphens)`);
if (
  values.date !== undefined &&
  (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || toDay(values.date) !== values.date)
)
  fail(`--date "${values.date}" is not a day written YYYY-MM-DD that exists`);

const options: ImportOptions = {
  out: values.out,
  force: values.force,
  ...(values.story !== undefined ? { story: values.story } : {}),
  ...(values.label !== undefined ? { label: values.label } : {}),
  ...(values.headline !== undefined ? { headline: values.headline } : {}),
  ...(values.byline !== undefined ? { byline: values.byline } : {}),
  ...(values.date !== undefined ? { date: values.date } : {}),
  ...(values.publisher !== undefined ? { publisher: values.publisher } : {}),
  ...(values.section !== undefined ? { section: values.section } : {}),
};
// Loaded only once the command line is known to be good: jsdom takes a while to start.
const { readExisting } = await import('../src/node/import/content-file.ts');
const { checkWritten, importVersion } = await import('../src/node/import/import-version.ts');
const existing = await readExisting(options.out);
let failed = 0;
const written: string[] = [];
for (const input of positionals) {
  const result = await importVersion(input, options, existing);
  if (result.ok) {
    written.push(result.file);
    process.stdout.write(`${result.file}  ← ${input}  (${result.how})\n`);
  } else {
    failed++;
    process.stdout.write(`${input}: not imported: ${result.reason}\n`);
  }
}
const problems = written.length > 0 ? await checkWritten(options.out, written) : [];
for (const line of problems) process.stdout.write(`content check: ${line}\n`);
process.exitCode = failed === 0 && problems.length === 0 ? 0 : 2;
