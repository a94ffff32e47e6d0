#!/usr/bin/env -S npx tsx
/**
 * `npm test`: every check the project has, in one run, then one line `N passed, N failed`.
 * Run with tsx (see package.json), so it shares the browser's path with src/node/chromium.ts.
 *
 * 1. Chromium for the browser tests: Debian's package, installed with apt-get when missing and
 *    running as root; otherwise a one-line instruction and exit 1.
 * 2. typecheck (tsc -b), lint (eslint) and format (prettier --check), each counted as one check.
 * 3. vitest: unit, component (jsdom) and browser (Playwright + Chromium on the production build).
 * Every step runs even when an earlier one failed, so one run reports everything.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CHROMIUM_PATH as CHROMIUM } from '../src/node/chromium.ts';

const results = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium is missing at ${CHROMIUM}: installing Debian's chromium package…`);
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (
      run('apt-get update', 'apt-get', ['update', '-qq'], env) &&
      run('install chromium', 'apt-get', ['install', '-y', '-qq', 'chromium'], env)
    ) {
      return existsSync(CHROMIUM);
    }
  }
  console.error(
    `Chromium not found at ${CHROMIUM}: run "sudo apt-get install -y chromium" (or set CHROMIUM_PATH), then npm test again.`,
  );
  return false;
}

const haveChromium = ensureChromium();
results.push({
  name: 'typecheck',
  passed: run('typecheck', 'npx', ['tsc', '-b']) ? 1 : 0,
  failed: 0,
});
results.at(-1).failed = 1 - results.at(-1).passed;
results.push({
  name: 'lint',
  passed: run('lint', 'npx', ['eslint', '--max-warnings', '0', '.']) ? 1 : 0,
  failed: 0,
});
results.at(-1).failed = 1 - results.at(-1).passed;
results.push({
  name: 'format',
  passed: run('format', 'npx', ['prettier', '--check', '.']) ? 1 : 0,
  failed: 0,
});
results.at(-1).failed = 1 - results.at(-1).passed;

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
const projects = haveChromium ? [] : ['--project', 'unit', '--project', 'dom'];
const vitestOk = run('vitest', 'npx', [
  'vitest',
  'run',
  ...projects,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const failed =
    json.numFailedTests + (json.numRuntimeErrorTests ?? 0) + (json.numFailedTestSuites ?? 0);
  results.push({
    name: 'vitest',
    passed: json.numPassedTests,
    failed: vitestOk || failed > 0 ? failed : 1,
  });
} catch {
  results.push({ name: 'vitest', passed: 0, failed: 1 });
}
if (!haveChromium) results.push({ name: 'browser tests (no Chromium)', passed: 0, failed: 1 });

console.log('');
for (const r of results) console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(summary);
process.exitCode = failed === 0 ? 0 : 1;
