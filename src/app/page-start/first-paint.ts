/**
 * What `/page-start.js`, the one script a page runs in <head>, does (a file, not inline: the
 * Content-Security-Policy allows only 'self' scripts). Built from this TypeScript into a plain
 * script by src/node/vite-plugin-page-start.ts, with the reader store's own constants and
 * validation (src/store/reader-settings.ts) and the comparison's query (compare-query.ts), so
 * the two can never disagree.
 */
import { VIEW_ASKED, viewAsked } from '../../features/comparison/compare-query.ts';
import { applySettings } from '../../features/settings/apply-settings.ts';
import {
  DEFAULT_SETTINGS,
  readSavedSettings,
  STORAGE_KEY,
  type Settings,
} from '../../store/reader-settings.ts';

/**
 * The saved reading settings, validated and migrated as the store does; the defaults when
 * storage is unreadable (private mode, corrupt JSON).
 */
export function savedSettings(storage: Pick<Storage, 'getItem'>): Settings {
  try {
    const raw = storage.getItem(STORAGE_KEY);
    return readSavedSettings(raw === null ? null : JSON.parse(raw));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/**
 * How long the prerendered text may stay out of view (`data-view-asked`) after the app's script
 * is requested, should the app never draw the view asked for (it failed, or hangs): then the
 * reader gets the text as the build drew it rather than none. Longer than the app takes to draw
 * it on Chromium's "Slow 3G" (7.1 s for the seed comparison, docs/comparison-view.md).
 */
export const VIEW_ASKED_WAIT_MS = 10_000;

/**
 * On a prerendered page (its text is already in the HTML), starts the app only after the first
 * paint: the build lists the app's scripts and the page's data on this script's tag instead of
 * linking them, so on a slow connection they do not compete with the stylesheet for that paint.
 * `giveUp` runs if the app's script fails to load, and some seconds after it was requested.
 */
function startAppAfterFirstPaint(tag: HTMLOrSVGScriptElement | null, giveUp: () => void): void {
  const app = tag?.getAttribute('data-app');
  if (!tag || !app) return; // the plain shell links its scripts itself
  const list = (name: string) => tag.getAttribute(name)?.split(' ').filter(Boolean) ?? [];
  const link = (rel: string, href: string, as?: string) => {
    const element = document.createElement('link');
    element.rel = rel;
    if (as) element.as = as;
    element.crossOrigin = 'anonymous';
    element.href = href;
    document.head.appendChild(element);
  };
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const href of list('data-modules')) link('modulepreload', href);
    for (const href of list('data-fetch')) link('preload', href, 'fetch');
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = 'anonymous';
    script.src = app;
    script.onerror = giveUp;
    document.head.appendChild(script);
    setTimeout(giveUp, VIEW_ASKED_WAIT_MS);
  };
  // After the first paint has been presented (a paint entry is reported only then; a frame
  // callback would run before it). A tab opened in the background paints nothing: it starts when
  // shown, or at once if it cannot tell; a page that somehow never paints, a second after loading.
  if (document.visibilityState === 'hidden' || typeof PerformanceObserver !== 'function') start();
  else {
    try {
      new PerformanceObserver((entries, observer) => {
        if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        start();
      }).observe({ type: 'paint', buffered: true });
    } catch {
      start();
    }
    window.addEventListener('load', () => setTimeout(start, 1000));
  }
  document.addEventListener('visibilitychange', start);
}

/**
 * Both steps, in order: before the first paint the reader's theme, and the mark that keeps a
 * comparison's prerendered text out of view when the address asks for another view
 * (compare-query.ts; on a page without a comparison it hides nothing); then the app after it.
 */
export function startPage(): void {
  const root = document.documentElement;
  // Reading `localStorage` itself throws where storage is disabled: `savedSettings` catches it.
  applySettings(root, savedSettings({ getItem: (key) => localStorage.getItem(key) }));
  const asked = viewAsked(location.search);
  if (asked) root.setAttribute(VIEW_ASKED, asked);
  startAppAfterFirstPaint(document.currentScript, () => root.removeAttribute(VIEW_ASKED));
}
