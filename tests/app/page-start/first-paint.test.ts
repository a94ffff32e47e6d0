import { describe, expect, it } from 'vitest';
import { savedSettings } from '../../../src/app/page-start/first-paint.ts';
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
