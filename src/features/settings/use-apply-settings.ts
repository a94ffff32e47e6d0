import { useEffect } from 'react';
import { useReaderStore, useSettings } from '../../store/reader-store.ts';

/**
 * Mirrors the reader's settings onto `<html>` as data attributes, which the stylesheet turns into
 * colours, fonts and measures. `public/page-start.js` sets the same attributes before the first
 * paint, so a reload never flashes the wrong theme.
 */
export function useApplySettings(): void {
  const settings = useSettings();
  useEffect(() => {
    // The store's current value, not this render's: while a prerendered page hydrates, the
    // render still shows the defaults it was built with, and they must not repaint the page.
    void settings;
    const current = useReaderStore.getState().settings;
    const root = document.documentElement;
    root.dataset['theme'] = current.theme;
    root.dataset['font'] = current.font;
    root.dataset['size'] = current.size;
    root.dataset['width'] = current.width;
  }, [settings]);
}
