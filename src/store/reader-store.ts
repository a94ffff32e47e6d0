/**
 * The reader's own state: votes on comments, reading settings and the chosen comment order.
 * Persisted in localStorage (zustand `persist`): only this state, validated when read, migrated
 * from older versions. Corrupt or unreadable storage never breaks the app: whatever is valid is
 * kept, the rest starts from defaults, and the app keeps working in memory.
 */
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import {
  isRecord,
  migrate,
  sanitize,
  STORAGE_KEY,
  STORAGE_VERSION,
  voteKey,
  type CommentSort,
  type SavedReaderState,
  type Settings,
  type Vote,
} from './reader-settings.ts';

export interface ReaderState extends SavedReaderState {
  /** Vote on a comment; voting the same way again withdraws the vote. */
  vote: (articleId: string, comment: number, direction: Vote) => void;
  setSetting: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
  setCommentSort: (sort: CommentSort) => void;
}

/**
 * localStorage that never throws: private browsing, a full quota or a disabled storage make
 * reads return nothing and writes do nothing, and the app goes on in memory. Corrupt JSON reads
 * as nothing too.
 */
const safeStorage: PersistStorage<SavedReaderState> = {
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
