/**
 * The build's content as a stream (issue 16): the build holds the list index (each article's
 * summary, its file and the hash of its text) and loads one story's bodies at a time.
 *
 * - `loadContentIndex` reads every file with bounded concurrency and keeps its summary, never its
 *   body. A file whose size and modification time are those the last build recorded (the source
 *   manifest, in the build cache) is not even read; one whose text has the same hash is not parsed.
 * - `loadStory` reads one story's versions (from the parse cache) and its comparisons, timeline and
 *   digest (from the story cache, else computed), for the build to write and drop.
 * - A story's key (`storyKey`) is the hash of its id, its files' names and text hashes, and the
 *   code that makes its data: equal keys, equal data files, so an unchanged story is skipped
 *   before it is loaded.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import pMap from 'p-map';
import type { Article, ArticleSummary, Story } from '../../domain/article.ts';
import { summarize } from '../../domain/article.ts';
import type { StoryDigest } from '../../domain/story.ts';
import {
  cachedJson,
  engineVersion,
  hashOf,
  openCache,
  parserVersion,
  storyDataVersion,
  type BuildCache,
} from './build-cache.ts';
import {
  cachedParse,
  checkAcrossFiles,
  groupStories,
  markdownFiles,
  READ_CONCURRENCY,
  storyComparisons,
  unreadable,
  type StoryComparisons,
} from './load-content.ts';
import type { ParsedArticle } from './parse-article.ts';
import type { Problem } from './problem.ts';

/** A file as the source manifest records it: enough to list it and check it, never its body. */
interface SourceEntry {
  size: number;
  mtimeMs: number;
  /** The hash of the file's text. */
  text: string;
  summary: ArticleSummary | null;
  fieldLines: ParsedArticle['fieldLines'];
  problems: Problem[];
}

/** What the last build knew of a story: its key and the digest made from it. */
interface StoryEntry {
  key: string;
  digest?: StoryDigest;
}

/** The source manifest, cut in parts (at 100,000 files one JSON string would be too long). */
interface ManifestPart {
  files: Record<string, SourceEntry>;
  stories: Record<string, StoryEntry>;
}

const PARTS = 64;
const partOf = (name: string) => Number.parseInt(hashOf(name).slice(0, 4), 16) % PARTS;

export interface ContentIndexData {
  /** Every valid article's summary, in file order. */
  articles: ArticleSummary[];
  /** Stories in list order (digests are filled in as the build writes each story). */
  stories: Story[];
}

export interface LoadedIndex {
  index: ContentIndexData | null;
  problems: Problem[];
  files: string[];
  /** Each valid article's file (relative to the root) and text hash, by id. */
  sources: Map<string, { file: string; text: string }>;
  /** What the last build recorded of each story. */
  lastStories: Map<string, StoryEntry>;
  /** Saves the source manifest with the stories' keys and digests, for the next build. */
  save: (stories: ReadonlyMap<string, StoryEntry>) => void;
}

function readParts(cache: BuildCache, base: string): ManifestPart[] {
  return Array.from({ length: PARTS }, (_, k) => {
    try {
      const part = JSON.parse(cache.get(hashOf(base, String(k))) ?? 'null') as ManifestPart | null;
      return part && typeof part.files === 'object' && typeof part.stories === 'object'
        ? part
        : { files: {}, stories: {} };
    } catch {
      return { files: {}, stories: {} }; // damaged: every file read again
    }
  });
}

/**
 * `entry` with strings of its own. V8 keeps a string cut from another (a headline, a label, a
 * tag parsed out of a file) as a slice that holds the whole parent alive: the summaries of a
 * first build kept every file's text, 8.4 KB of heap a story at 6,000 stories against 3.2 KB.
 */
const ownStrings = (entry: SourceEntry): SourceEntry =>
  JSON.parse(JSON.stringify(entry)) as SourceEntry;

/** The list index of the content folder `dir`: summaries and checks, no bodies kept. */
export async function loadContentIndex(dir: string, root = process.cwd()): Promise<LoadedIndex> {
  const absolute = path.resolve(root, dir);
  const names = await markdownFiles(absolute, dir);
  const none = { sources: new Map(), lastStories: new Map(), save: () => undefined };
  if (!Array.isArray(names)) return { index: null, problems: [names], files: [], ...none };
  const files = names.map((name) => path.join(absolute, name));
  const parser = parserVersion();
  const parsedCache = openCache('parsed', root);
  const manifests = openCache('sources', root);
  const base = hashOf('source manifest', absolute, parser);
  const last = readParts(manifests, base);
  const entries = await pMap(
    files,
    async (file): Promise<[string, SourceEntry]> => {
      const relative = path.relative(root, file) || file;
      const known = last[partOf(relative)]?.files[relative];
      try {
        const { size, mtimeMs } = await stat(file);
        if (known && known.size === size && known.mtimeMs === mtimeMs) return [relative, known];
        const source = await readFile(file, 'utf8');
        const text = hashOf(source);
        if (known?.text === text) return [relative, { ...known, size, mtimeMs }];
        const parsed = cachedParse(relative, source, parser, parsedCache);
        const { id, label } = parsed.fieldLines;
        return [
          relative,
          ownStrings({
            size,
            mtimeMs,
            text,
            summary: parsed.article ? summarize(parsed.article) : null,
            fieldLines: { ...(id ? { id } : {}), ...(label ? { label } : {}) },
            problems: parsed.problems,
          }),
        ];
      } catch (cause) {
        const failed = unreadable(relative, cause);
        return [relative, { size: -1, mtimeMs: -1, text: '', summary: null, ...failed }];
      }
    },
    { concurrency: READ_CONCURRENCY },
  );
  const lastStories = new Map<string, StoryEntry>();
  for (const part of last)
    for (const [id, entry] of Object.entries(part.stories)) lastStories.set(id, entry);
  const save = (stories: ReadonlyMap<string, StoryEntry>) => {
    const parts: ManifestPart[] = Array.from({ length: PARTS }, () => ({ files: {}, stories: {} }));
    for (const [file, entry] of entries)
      if (entry.size >= 0) (parts[partOf(file)] as ManifestPart).files[file] = entry;
    for (const [id, entry] of stories) (parts[partOf(id)] as ManifestPart).stories[id] = entry;
    parts.forEach((part, k) => manifests.set(hashOf(base, String(k)), JSON.stringify(part)));
  };
  // Each summary is held once: the index and the manifest share it.
  const checked = checkAcrossFiles(
    entries.map(([file, entry]) => {
      const { summary } = entry;
      const article = summary && { id: summary.id, story: summary.story, label: summary.label };
      return { file, parsed: { ...entry, article: article && { ...article, file, entry } } };
    }),
  );
  if (checked.problems.some((p) => p.severity === 'error'))
    return { index: null, problems: checked.problems, files, ...none };
  const sources = new Map(
    checked.articles.map((a) => [a.id, { file: a.file, text: a.entry.text }]),
  );
  const articles = checked.articles.flatMap((a) => a.entry.summary ?? []);
  return {
    index: { articles, stories: groupStories(articles) },
    problems: checked.problems,
    files,
    sources,
    lastStories,
    save,
  };
}

/** The key of a story's data: its id, its versions' files and texts in order, and the code. */
export function storyKey(
  story: Story,
  sources: ReadonlyMap<string, { file: string; text: string }>,
): string {
  return hashOf(
    'story data',
    storyDataVersion(),
    story.id,
    ...story.versions.flatMap((id) => {
      const source = sources.get(id);
      return [id, source?.file ?? '', source?.text ?? ''];
    }),
  );
}

export interface LoadedStory {
  versions: Article[];
  result: StoryComparisons;
}

/**
 * One story in full: its versions parsed (from the parse cache: the text is read again, never
 * kept), and its comparisons, timeline and digest (from the story cache under `key`, else made
 * with the comparison cache).
 */
export async function loadStory(
  story: Story,
  sources: ReadonlyMap<string, { file: string; text: string }>,
  key: string,
  root: string,
  caches: { parsed: BuildCache; stories: BuildCache; comparisons: BuildCache },
): Promise<LoadedStory> {
  const parser = parserVersion();
  const versions = await Promise.all(
    story.versions.map(async (id) => {
      const source = sources.get(id);
      if (!source) throw new Error(`story ${story.id}: version ${id} has no file`);
      const text = await readFile(path.resolve(root, source.file), 'utf8');
      const { article } = cachedParse(source.file, text, parser, caches.parsed);
      if (!article || article.id !== id)
        throw new Error(`${source.file} changed during the build (read again: run it again)`);
      return article;
    }),
  );
  const engine = engineVersion();
  const result = cachedJson(caches.stories, key, () =>
    storyComparisons(versions, engine, caches.comparisons),
  );
  return { versions, result };
}
