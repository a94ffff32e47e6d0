import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SettingsMenu } from '../../../src/features/settings/settings-menu.tsx';
import { useApplySettings } from '../../../src/features/settings/use-apply-settings.ts';
import { DEFAULT_SETTINGS, STORAGE_KEY } from '../../../src/store/reader-settings.ts';
import { useReaderStore } from '../../../src/store/reader-store.ts';

function Harness() {
  useApplySettings();
  return <SettingsMenu />;
}

beforeEach(() => {
  act(() => useReaderStore.setState({ settings: DEFAULT_SETTINGS }));
});

describe('reading settings', () => {
  it('opens from a button, applies a theme, font, size and width to the page, and remembers them', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const button = screen.getByRole('button', { name: /Reading settings/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // The options are their own chunk, loaded on the first open.
    await user.click(await screen.findByRole('radio', { name: 'Dark' }));
    await user.click(screen.getByRole('radio', { name: 'Sans-serif' }));
    await user.click(screen.getByRole('radio', { name: 'Large' }));
    await user.click(screen.getByRole('radio', { name: 'Wide' }));
    const root = document.documentElement;
    expect([
      root.dataset['theme'],
      root.dataset['font'],
      root.dataset['size'],
      root.dataset['width'],
    ]).toEqual(['dark', 'sans', 'large', 'wide']);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state.settings).toEqual({
      theme: 'dark',
      font: 'sans',
      size: 'large',
      width: 'wide',
    });
  });

  it('closes with Escape and gives focus back to its button', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const button = screen.getByRole('button', { name: /Reading settings/ });
    await user.click(button);
    expect(screen.getByRole('dialog', { name: 'Reading settings' })).toBeTruthy();
    const system = await screen.findByRole('radio', { name: 'System' });
    await waitFor(() => expect(document.activeElement).toBe(system));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
