import { useEffect, useRef } from 'react';

/** Is the key meant for a field the reader is typing in, or pressed with a modifier? */
export function ignoresKey(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return true;
  const target = event.target as HTMLElement | null;
  return !!target?.closest?.('input, textarea, select, [contenteditable="true"]');
}

/**
 * Keys: n / j next change, p / k previous. The listener reads the latest `step` through a ref,
 * so a key pressed right after a selection (before the re-render) still steps from there.
 */
export function useChangeKeys(step: (delta: 1 | -1) => void): void {
  const stepRef = useRef(step);
  useEffect(() => {
    stepRef.current = step;
  }, [step]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (ignoresKey(event)) return;
      if (event.key === 'n' || event.key === 'j') stepRef.current(1);
      else if (event.key === 'p' || event.key === 'k') stepRef.current(-1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
