import type { Settings } from '../../store/reader-settings.ts';

/**
 * Writes the reader's settings onto `<html>` as data attributes (`data-theme="dark"`), which the
 * stylesheet turns into colours, fonts and measures. One function for the first-paint script and
 * the app, so both set the same attributes.
 */
export function applySettings(root: HTMLElement, settings: Settings): void {
  for (const key of Object.keys(settings) as (keyof Settings)[])
    root.setAttribute(`data-${key}`, settings[key]);
}
