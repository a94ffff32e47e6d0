/**
 * The one place that knows which browser the project drives and how: Debian's Chromium (never a
 * downloaded browser) at /usr/bin/chromium or CHROMIUM_PATH, headless, with the flags that keep
 * it quiet and offline. The browser tests, the benchmarks and `npm test` import it.
 */
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Chromium with the project's flags, plus `extraArgs` (e.g. a remote debugging port). */
export function launchChromium(
  extraArgs: readonly string[] = [],
  options: Omit<LaunchOptions, 'executablePath' | 'args'> = {},
): Promise<Browser> {
  return chromium.launch({
    ...options,
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}
