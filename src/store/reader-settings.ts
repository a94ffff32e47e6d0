/**
 * What the reader's saved state is made of and how it is read: the settings' allowed values and
 * defaults, the storage key and version, validation and migration. Plain TypeScript with no
 * store or React, so the reader store and the first-paint script (src/app/page-start.ts) share
 * one definition instead of two that can drift apart.
 */
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

/**
 * What is saved. Bump the version and extend `migrate` when this shape changes (and
 * `readSavedSettings` when the settings change).
 */
export interface SavedReaderState {
  votes: Record<string, Vote>;
  settings: Settings;
  commentSort: CommentSort;
}

export const STORAGE_KEY = 'news-versions:reader';
export const STORAGE_VERSION = 2;

export const voteKey = (articleId: string, comment: number) => `${articleId}#${comment}`;

const oneOf = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
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

/** Settings of any shape to valid ones: each checked on its own. */
function sanitizeSettings(value: unknown): Settings {
  const settings = isRecord(value) ? value : {};
  return {
    theme: oneOf(THEMES, settings['theme'], DEFAULT_SETTINGS.theme),
    font: oneOf(FONTS, settings['font'], DEFAULT_SETTINGS.font),
    size: oneOf(TEXT_SIZES, settings['size'], DEFAULT_SETTINGS.size),
    width: oneOf(LINE_WIDTHS, settings['width'], DEFAULT_SETTINGS.width),
  };
}

/** Saved state of any shape to a valid one: each field checked on its own. */
export function sanitize(saved: unknown): SavedReaderState {
  const state = isRecord(saved) ? saved : {};
  return {
    votes: cleanVotes(state['votes']),
    settings: sanitizeSettings(state['settings']),
    commentSort: oneOf(COMMENT_SORTS, state['commentSort'], 'oldest'),
  };
}

/**
 * The settings part of saved state of `version`, before validation: version 1 kept one setting,
 * the theme, as `darkMode: true`. The store's migration and the first paint both read it here.
 */
const savedSettingsOf = (saved: Record<string, unknown>, version: number): unknown =>
  version === 1 ? { theme: saved['darkMode'] === true ? 'dark' : 'system' } : saved['settings'];

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
      settings: savedSettingsOf(saved, 1),
      commentSort: saved['commentSort'],
    });
  }
  return sanitize(saved);
}

/**
 * The settings of the saved state as found in storage (`{ state, version }`, any shape), valid:
 * migrated from an older version, validated either way, as the store reads them on load. For
 * code that runs before the store (the first paint), which needs nothing else of it.
 */
export function readSavedSettings(stored: unknown): Settings {
  if (!isRecord(stored) || !isRecord(stored['state'])) return sanitizeSettings(undefined);
  const version = typeof stored['version'] === 'number' ? stored['version'] : 0;
  return sanitizeSettings(savedSettingsOf(stored['state'], version));
}
