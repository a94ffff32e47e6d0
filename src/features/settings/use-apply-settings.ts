import { useEffect } from 'react';
import { useSettings } from '../../store/reader-store.ts';

/**
 * Mirrors the reader's settings onto `<html>` as data attributes, which the stylesheet turns into
 * colours, fonts and measures. `public/theme-init.js` sets the same attributes before the first
 * paint, so a reload never flashes the wrong theme.
 */
export function useApplySettings(): void {
  const settings = useSettings();
  useEffect(() => {
    const root = document.documentElement;
    root.dataset['theme'] = settings.theme;
    root.dataset['font'] = settings.font;
    root.dataset['size'] = settings.size;
    root.dataset['width'] = settings.width;
  }, [settings]);
}
