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
 * The settings' radio groups, in their own chunk: every page shows the button, few readers open
 * it, so the groups load on the first hover, focus or click of the button.
 */
export function SettingsGroups() {
  return (
    <>
      <SettingGroup name="theme" />
      <SettingGroup name="font" />
      <SettingGroup name="size" />
      <SettingGroup name="width" />
    </>
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
