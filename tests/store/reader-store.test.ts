import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, STORAGE_KEY, STORAGE_VERSION } from '../../src/store/reader-settings.ts';
import { useReaderStore } from '../../src/store/reader-store.ts';

const VOTE = 'japan-vietnam-cyber-defense-ap#1';

/** What a fresh page load would read from `saved` (setState persists, so reset before writing). */
async function reload(saved: string | null) {
  act(() =>
    useReaderStore.setState({ votes: {}, settings: DEFAULT_SETTINGS, commentSort: 'oldest' }),
  );
  if (saved === null) localStorage.removeItem(STORAGE_KEY);
  else localStorage.setItem(STORAGE_KEY, saved);
  await act(() => useReaderStore.persist.rehydrate());
  const { votes, settings, commentSort } = useReaderStore.getState();
  return { votes, settings, commentSort };
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('reader store: saved state is validated when read', () => {
  it('starts with defaults when nothing is saved', async () => {
    expect(await reload(null)).toEqual({
      votes: {},
      settings: DEFAULT_SETTINGS,
      commentSort: 'oldest',
    });
  });

  it('reads back a valid saved state', async () => {
    const state = {
      votes: { [VOTE]: 1 },
      settings: { theme: 'sepia', font: 'sans', size: 'large', width: 'wide' },
      commentSort: 'best',
    };
    expect(await reload(JSON.stringify({ state, version: STORAGE_VERSION }))).toEqual(state);
  });

  it('corrupt JSON: starts with defaults', async () => {
    expect(await reload('{"state": {"votes": {')).toEqual({
      votes: {},
      settings: DEFAULT_SETTINGS,
      commentSort: 'oldest',
    });
  });

  it('a wrong shape: starts with defaults', async () => {
    expect(
      await reload(JSON.stringify({ state: ['not', 'an', 'object'], version: STORAGE_VERSION })),
    ).toEqual({
      votes: {},
      settings: DEFAULT_SETTINGS,
      commentSort: 'oldest',
    });
    expect((await reload('42')).votes).toEqual({});
  });

  it('values out of range: each falls back on its own, every valid vote is kept', async () => {
    const state = {
      votes: {
        [VOTE]: 1,
        'japan-vietnam-cyber-defense-ap#2': 7,
        'bad key': -1,
        'japan-vietnam-cyber-defense-ap#3': -1,
      },
      settings: { theme: 'neon', font: 'sans', size: 99, width: 'wide' },
      commentSort: 'random',
    };
    expect(await reload(JSON.stringify({ state, version: STORAGE_VERSION }))).toEqual({
      votes: { [VOTE]: 1, 'japan-vietnam-cyber-defense-ap#3': -1 },
      settings: { theme: 'system', font: 'sans', size: 'medium', width: 'wide' },
      commentSort: 'oldest',
    });
  });

  it('an older version is migrated: version 1 "up"/"down" votes and darkMode', async () => {
    const v1 = {
      state: {
        commentVotes: { [VOTE]: 'up', 'japan-vietnam-cyber-defense-ap#2': 'down' },
        darkMode: true,
        commentSort: 'top',
      },
      version: 1,
    };
    expect(await reload(JSON.stringify(v1))).toEqual({
      votes: { [VOTE]: 1, 'japan-vietnam-cyber-defense-ap#2': -1 },
      settings: { ...DEFAULT_SETTINGS, theme: 'dark' },
      commentSort: 'top',
    });
  });

  it('storage that throws on read (private mode): starts with defaults and keeps working in memory', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(await reload(null)).toEqual({
      votes: {},
      settings: DEFAULT_SETTINGS,
      commentSort: 'oldest',
    });
    act(() => useReaderStore.getState().vote('japan-vietnam-cyber-defense-ap', 1, 1));
    expect(useReaderStore.getState().votes).toEqual({ [VOTE]: 1 });
  });

  it('storage that throws on write (quota full): the vote still counts in memory', async () => {
    await reload(null);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() =>
      act(() => useReaderStore.getState().vote('japan-vietnam-cyber-defense-ap', 1, -1)),
    ).not.toThrow();
    expect(useReaderStore.getState().votes).toEqual({ [VOTE]: -1 });
  });

  it('saves only the reader’s own state, with its version', async () => {
    await reload(null);
    act(() => useReaderStore.getState().setSetting('theme', 'dark'));
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    expect(saved.version).toBe(STORAGE_VERSION);
    expect(Object.keys(saved.state).sort()).toEqual(['commentSort', 'settings', 'votes']);
  });
});
