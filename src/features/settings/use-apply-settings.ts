import { useEffect } from 'react';
import { useReaderStore, useSettings } from '../../store/reader-store.ts';
import { applySettings } from './apply-settings.ts';

/**
 * Mirrors the reader's settings onto `<html>` (see applySettings). `/page-start.js` (built from
 * src/app/page-start/) sets the same attributes before the first paint, so a reload never
 * flashes the wrong theme.
 */
export function useApplySettings(): void {
  const settings = useSettings();
  useEffect(() => {
    // The store's current value, not this render's: while a prerendered page hydrates, the
    // render still shows the defaults it was built with, and they must not repaint the page.
    void settings;
    applySettings(document.documentElement, useReaderStore.getState().settings);
  }, [settings]);
}
