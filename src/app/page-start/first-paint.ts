/**
 * What `/page-start.js`, the one script a page runs in <head>, does (a file, not inline: the
 * Content-Security-Policy allows only 'self' scripts). Built from this TypeScript into a plain
 * script by src/node/vite-plugin-page-start.ts, with the reader store's own constants and
 * validation (src/store/reader-settings.ts), so the two can never disagree.
 */
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
 * On a prerendered page (its text is already in the HTML), starts the app only after the first
 * paint: the build lists the app's scripts and the page's data on this script's tag instead of
 * linking them, so on a slow connection they do not compete with the stylesheet for that paint.
 */
function startAppAfterFirstPaint(tag: HTMLOrSVGScriptElement | null): void {
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
    document.head.appendChild(script);
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

/** Both steps, in order: the reader's theme before the first paint, then the app after it. */
export function startPage(): void {
  // Reading `localStorage` itself throws where storage is disabled: `savedSettings` catches it.
  applySettings(
    document.documentElement,
    savedSettings({ getItem: (key) => localStorage.getItem(key) }),
  );
  startAppAfterFirstPaint(document.currentScript);
}
