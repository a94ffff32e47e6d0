import './settings.css';
import { useEffect, useId, useRef, useState } from 'react';
import {
  FONTS,
  LINE_WIDTHS,
  TEXT_SIZES,
  THEMES,
  type Settings,
} from '../../store/reader-settings.ts';
import { useReaderStore, useSettings } from '../../store/reader-store.ts';

const LABELS: { [K in keyof Settings]: { title: string; options: Record<Settings[K], string> } } = {
  theme: {
    title: 'Theme',
    options: { system: 'System', light: 'Light', dark: 'Dark', sepia: 'Sepia' },
  },
  font: { title: 'Font', options: { serif: 'Serif', sans: 'Sans-serif' } },
  size: {
    title: 'Text size',
    options: { small: 'Small', medium: 'Medium', large: 'Large', 'x-large': 'Extra large' },
  },
  width: { title: 'Line width', options: { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' } },
};

const CHOICES: { [K in keyof Settings]: readonly Settings[K][] } = {
  theme: THEMES,
  font: FONTS,
  size: TEXT_SIZES,
  width: LINE_WIDTHS,
};

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
    panel.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
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
      >
        <span aria-hidden="true">Aa</span> <span className="settings-label">Reading settings</span>
      </button>
      <div
        ref={panel}
        id={panelId}
        className="settings-panel"
        role="dialog"
        aria-label="Reading settings"
        hidden={!open}
      >
        <SettingGroup name="theme" />
        <SettingGroup name="font" />
        <SettingGroup name="size" />
        <SettingGroup name="width" />
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

/**
 * Each option shows what it does: a theme in its own colours, a font in its own face, a size at
 * its own size, in one row per setting.
 */
const LOOK: { [K in keyof Settings]?: string } = {
  theme: 'data-look-theme',
  font: 'data-look-font',
  size: 'data-look-size',
};

function SettingGroup<K extends keyof Settings>({ name }: { name: K }) {
  const value = useSettings()[name];
  const setSetting = useReaderStore((s) => s.setSetting);
  const labels = LABELS[name];
  const look = LOOK[name];
  return (
    <fieldset className="settings-group">
      <legend>{labels.title}</legend>
      <div className="settings-options">
        {CHOICES[name].map((choice) => (
          <label key={choice} className="settings-option">
            <input
              type="radio"
              className="settings-radio"
              name={`setting-${name}`}
              value={choice}
              checked={value === choice}
              onChange={() => setSetting(name, choice)}
            />
            {look && (
              <span className="settings-look" aria-hidden="true" {...{ [look]: choice }}>
                Aa
              </span>
            )}
            <span className="settings-name">{labels.options[choice]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
