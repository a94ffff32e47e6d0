import './settings.css';
import { Suspense, lazy, useEffect, useId, useRef, useState } from 'react';

const loadGroups = () => import('./settings-groups.tsx');
const SettingsGroups = lazy(() => loadGroups().then((m) => ({ default: m.SettingsGroups })));

/**
 * Reading settings, reachable from every page: a button that opens a panel of radio groups.
 * Escape or a click outside closes it and returns focus to the button.
 */
export function SettingsMenu() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    // The groups may still be loading: focus the checked option once it is there.
    const focusChecked = () =>
      panel.current?.querySelector<HTMLInputElement>('input:checked')?.focus() !== undefined;
    let frame = 0;
    const tryFocus = () => {
      if (!focusChecked()) frame = requestAnimationFrame(tryFocus);
    };
    tryFocus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="settings">
      <button
        ref={button}
        type="button"
        className="settings-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        onPointerEnter={() => void loadGroups()}
        onFocus={() => void loadGroups()}
      >
        <span aria-hidden="true">Aa</span> <span className="words-wide-only">Reading settings</span>
      </button>
      <div
        ref={panel}
        id={panelId}
        className="settings-panel"
        role="dialog"
        aria-label="Reading settings"
        hidden={!open}
      >
        {open && (
          <Suspense fallback={<p className="settings-loading">Loading settings…</p>}>
            <SettingsGroups />
          </Suspense>
        )}
        <button
          type="button"
          className="settings-done"
          onClick={() => {
            setOpen(false);
            button.current?.focus();
          }}
        >
          Done
        </button>
      </div>
    </div>
  );
}
