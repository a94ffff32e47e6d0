/**
 * The reader's own state: votes on comments, reading settings and the chosen comment order.
 * Persisted in localStorage (zustand `persist`): only this state, validated when read, migrated
 * from older versions. Corrupt or unreadable storage never breaks the app: whatever is valid is
 * kept, the rest starts from defaults, and the app keeps working in memory.
 */
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';

export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export type Font = 'serif' | 'sans';
export type TextSize = 'small' | 'medium' | 'large' | 'x-large';
export type LineWidth = 'narrow' | 'medium' | 'wide';
export type CommentSort = 'oldest' | 'top' | 'controversial' | 'best';
export type Vote = 1 | -1;

export interface Settings {
  theme: Theme;
  font: Font;
  size: TextSize;
  width: LineWidth;
}

export const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'sepia'];
export const FONTS: readonly Font[] = ['serif', 'sans'];
export const TEXT_SIZES: readonly TextSize[] = ['small', 'medium', 'large', 'x-large'];
export const LINE_WIDTHS: readonly LineWidth[] = ['narrow', 'medium', 'wide'];
export const COMMENT_SORTS: readonly CommentSort[] = ['oldest', 'top', 'controversial', 'best'];

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  font: 'serif',
  size: 'medium',
  width: 'medium',
};

/** What is saved. Bump the version and extend `migrate` when this shape changes. */
export interface SavedReaderState {
  votes: Record<string, Vote>;
  settings: Settings;
  commentSort: CommentSort;
}

export interface ReaderState extends SavedReaderState {
  /** Vote on a comment; voting the same way again withdraws the vote. */
  vote: (articleId: string, comment: number, direction: Vote) => void;
  setSetting: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
  setCommentSort: (sort: CommentSort) => void;
}

export const STORAGE_KEY = 'news-versions:reader';
export const STORAGE_VERSION = 2;

export const voteKey = (articleId: string, comment: number) => `${articleId}#${comment}`;

const oneOf = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keep every well-formed vote, drop the rest. */
function cleanVotes(value: unknown): Record<string, Vote> {
  if (!isRecord(value)) return {};
  const votes: Record<string, Vote> = {};
  for (const [key, vote] of Object.entries(value)) {
    if (/^[a-z0-9-]+#\d+$/.test(key) && (vote === 1 || vote === -1)) votes[key] = vote;
  }
  return votes;
}

/** Saved state of any shape to a valid one: each field checked on its own. */
export function sanitize(saved: unknown): SavedReaderState {
  const state = isRecord(saved) ? saved : {};
  const settings = isRecord(state['settings']) ? state['settings'] : {};
  return {
    votes: cleanVotes(state['votes']),
    settings: {
      theme: oneOf(THEMES, settings['theme'], DEFAULT_SETTINGS.theme),
      font: oneOf(FONTS, settings['font'], DEFAULT_SETTINGS.font),
      size: oneOf(TEXT_SIZES, settings['size'], DEFAULT_SETTINGS.size),
      width: oneOf(LINE_WIDTHS, settings['width'], DEFAULT_SETTINGS.width),
    },
    commentSort: oneOf(COMMENT_SORTS, state['commentSort'], 'oldest'),
  };
}

/**
 * Version 1 stored votes as "up"/"down" under `commentVotes` and the theme as `darkMode: true`.
 * Anything older or unknown is sanitised as it is.
 */
export function migrate(saved: unknown, version: number): SavedReaderState {
  if (version === 1 && isRecord(saved)) {
    const votes: Record<string, Vote> = {};
    if (isRecord(saved['commentVotes'])) {
      for (const [key, vote] of Object.entries(saved['commentVotes'])) {
        if (vote === 'up') votes[key] = 1;
        if (vote === 'down') votes[key] = -1;
      }
    }
    return sanitize({
      votes,
      settings: { theme: saved['darkMode'] === true ? 'dark' : 'system' },
      commentSort: saved['commentSort'],
    });
  }
  return sanitize(saved);
}

/**
 * localStorage that never throws: private browsing, a full quota or a disabled storage make
 * reads return nothing and writes do nothing, and the app goes on in memory. Corrupt JSON reads
 * as nothing too.
 */
export const safeStorage: PersistStorage<SavedReaderState> = {
  getItem: (name) => {
    try {
      const raw = window.localStorage.getItem(name);
      if (raw === null) return null;
      const parsed: unknown = JSON.parse(raw);
      if (!isRecord(parsed)) return null;
      const version = typeof parsed['version'] === 'number' ? parsed['version'] : 0;
      return {
        state: parsed['state'] as SavedReaderState,
        version,
      } satisfies StorageValue<SavedReaderState>;
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      window.localStorage.setItem(name, JSON.stringify(value));
    } catch {
      // Quota full or storage disabled: keep working in memory.
    }
  },
  removeItem: (name) => {
    try {
      window.localStorage.removeItem(name);
    } catch {
      // As above.
    }
  },
};

export const useReaderStore = create<ReaderState>()(
  persist(
    (set) => ({
      ...sanitize(undefined),
      vote: (articleId, comment, direction) =>
        set((state) => {
          const key = voteKey(articleId, comment);
          const { [key]: previous, ...others } = state.votes;
          return { votes: previous === direction ? others : { ...others, [key]: direction } };
        }),
      setSetting: (key, value) =>
        set((state) => ({ settings: { ...state.settings, [key]: value } })),
      setCommentSort: (commentSort) => set({ commentSort }),
    }),
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: safeStorage,
      partialize: ({ votes, settings, commentSort }) => ({ votes, settings, commentSort }),
      migrate: (saved, version) => migrate(saved, version),
      // Same-version state is validated too: hand-edited or corrupted values fall back one by one.
      merge: (saved, current) => ({ ...current, ...sanitize(saved) }),
      // Read by main.tsx once the page is up: a prerendered page must hydrate with the state
      // it was rendered with (the defaults); the saved state follows in the next render.
      skipHydration: true,
    },
  ),
);

// Selectors: one value each.
export const useVote = (articleId: string, comment: number): Vote | undefined =>
  useReaderStore((s) => s.votes[voteKey(articleId, comment)]);
export const useSettings = (): Settings => useReaderStore((s) => s.settings);
export const useCommentSort = (): CommentSort => useReaderStore((s) => s.commentSort);
export const useReaderActions = () => ({
  vote: useReaderStore.getState().vote,
  setSetting: useReaderStore.getState().setSetting,
  setCommentSort: useReaderStore.getState().setCommentSort,
});
