import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  savedSettings,
  startPage,
  VIEW_ASKED_WAIT_MS,
} from '../../../src/app/page-start/first-paint.ts';
import { VIEW_ASKED } from '../../../src/features/comparison/compare-query.ts';
import {
  DEFAULT_SETTINGS,
  STORAGE_KEY,
  STORAGE_VERSION,
} from '../../../src/store/reader-settings.ts';

const storage = (value: string | null) => ({
  getItem: (key: string) => (key === STORAGE_KEY ? value : null),
});

describe('the settings the first paint applies', () => {
  it('are the saved ones, read under the store’s key and version', () => {
    const settings = { theme: 'sepia', font: 'sans', size: 'large', width: 'wide' };
    const saved = JSON.stringify({ state: { settings }, version: STORAGE_VERSION });
    expect(savedSettings(storage(saved))).toEqual(settings);
  });

  it('migrate an older version as the store does (version 1 darkMode is the dark theme)', () => {
    const saved = JSON.stringify({ state: { darkMode: true }, version: 1 });
    expect(savedSettings(storage(saved))).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('fall back one by one, or wholly when storage is corrupt, missing or throws', () => {
    const saved = JSON.stringify({
      state: { settings: { theme: 'neon', font: 'sans' } },
      version: STORAGE_VERSION,
    });
    expect(savedSettings(storage(saved))).toEqual({ ...DEFAULT_SETTINGS, font: 'sans' });
    expect(savedSettings(storage('{"state": {'))).toEqual(DEFAULT_SETTINGS);
    expect(savedSettings(storage(null))).toEqual(DEFAULT_SETTINGS);
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(savedSettings(throwing)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the first script on a comparison whose address asks for another view', () => {
  const root = document.documentElement;
  let app: HTMLScriptElement | undefined;

  /** Runs the first script as a prerendered page at `address` does, with its tag's app. */
  function startAt(address: string) {
    window.history.replaceState(null, '', address);
    const tag = document.createElement('script');
    tag.setAttribute('data-app', '/assets/index-test.js');
    Object.defineProperty(document, 'currentScript', { configurable: true, get: () => tag });
    startPage();
    app =
      document.head.querySelector<HTMLScriptElement>('script[src$="index-test.js"]') ?? undefined;
  }

  beforeEach(() => {
    vi.useFakeTimers();
    // A browser without paint timing: the app's script is requested at once.
    vi.stubGlobal('PerformanceObserver', undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    app?.remove();
    root.removeAttribute(VIEW_ASKED);
    Reflect.deleteProperty(document, 'currentScript');
    window.history.replaceState(null, '', '/');
  });

  it('marks the page with what it asks for, and nothing on any other address', () => {
    startAt('/compare/a/b?mode=inline&only=name');
    expect(root.getAttribute(VIEW_ASKED)).toBe('mode=inline');
    app?.remove();
    root.removeAttribute(VIEW_ASKED);
    startAt('/compare/a/b?only=name#pair-3');
    expect(root.getAttribute(VIEW_ASKED)).toBeNull();
  });

  it('shows the prerendered text when the app’s script fails to load', () => {
    startAt('/compare/a/b?mode=inline');
    expect(app).toBeDefined();
    app?.dispatchEvent(new Event('error'));
    expect(root.getAttribute(VIEW_ASKED)).toBeNull();
  });

  it('shows it when the app has not drawn the view asked for in time', () => {
    startAt('/compare/a/b?changes=all');
    vi.advanceTimersByTime(VIEW_ASKED_WAIT_MS - 1);
    expect(root.getAttribute(VIEW_ASKED)).toBe('changes=all');
    vi.advanceTimersByTime(1);
    expect(root.getAttribute(VIEW_ASKED)).toBeNull();
  });
});
