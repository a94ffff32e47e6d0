import { useEffect } from 'react';

/** Where a typed `[` or `]` is the reader's text, not a command. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName);
}

/**
 * `[` and `]` step to the previous and next pair of versions. Other keys are left alone (the
 * comparison view owns n, p, j and k), and so are keys typed into a field or with a modifier
 * (Ctrl+[ is the browser's or the system's).
 */
export function useStepKeys(onPrevious: (() => void) | null, onNext: (() => void) | null): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const action = event.key === '[' ? onPrevious : event.key === ']' ? onNext : null;
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onPrevious, onNext]);
}
