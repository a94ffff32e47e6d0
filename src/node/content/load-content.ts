/**
 * The content folder to the data the app ships: every `*.md` parsed and validated, checks that
 * span files (duplicate ids, duplicate labels in a story), stories grouped with their versions,
 * and every comparison between two versions of a story computed once.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { encodeComparison } from '../../engine/compact.ts';
import { compareVersions } from '../../engine/compare.ts';
import type { Comparison } from '../../engine/types.ts';
import type { Article, Story } from '../../domain/article.ts';
import { bodyParagraphs } from '../../domain/body.ts';
import { comparisonKey, type ContentData } from '../../domain/content.ts';
import pMap from 'p-map';
import { precomputedPairs, type StoryDigest, type TimelineStep } from '../../domain/story.ts';
import {
  cachedJson,
  engineVersion,
  hashOf,
  openCache,
  parserVersion,
  type BuildCache,
} from './build-cache.ts';
import { parseArticle, type ParsedArticle } from './parse-article.ts';
import type { Problem } from './problem.ts';
import { storyDigest, storyTimeline } from './story-timeline.ts';

export interface LoadedContent {
  /** Null when any file has an error: invalid content never half-ships. */
  data: ContentData | null;
  /** Errors and warnings of every file, sorted by file, line and column. */
  problems: Problem[];
  /** Absolute paths of the files read (for watching). */
  files: string[];
  /** Comparisons computed by the engine and read from the build cache. */
  comparisons?: { computed: number; cached: number };
}

/** What to compare: every story (the default), or the stories of one shard of the build. */
export interface LoadOptions {
  /** Whether a story's comparisons, timeline and digest are computed here. */
  includeStory?: (storyId: string) => boolean;
  /** The comparison cache (default: the build cache in `root`). */
  cache?: BuildCache;
  /** The cache of parsed files (default: the build cache in `root`). */
  parsedCache?: BuildCache;
  /** The cache of each story's comparisons, timeline and digest (default: in `root`). */
  storyCache?: BuildCache;
}

/** The folder's Markdown files in name order, or one problem when it cannot be listed. */
export async function markdownFiles(absolute: string, dir: string): Promise<string[] | Problem> {
  try {
    return (await readdir(absolute)).filter((name) => name.endsWith('.md')).sort();
  } catch (cause) {
    const reason =
      (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    return {
      severity: 'error',
      file: dir,
      line: 1,
      column: 1,
      field: 'content folder',
      message: `${reason} (expected a folder of Markdown articles)`,
      hint: 'create it, or point CONTENT_DIR at the folder that holds the .md files',
    };
  }
}

/** Files read at once: enough to keep the disk busy, far below any open-file limit. */
export const READ_CONCURRENCY = 32;

export async function loadContent(
  dir: string,
  root = process.cwd(),
  options: LoadOptions = {},
): Promise<LoadedContent> {
  const absolute = path.resolve(root, dir);
  const names = await markdownFiles(absolute, dir);
  if (!Array.isArray(names)) return { data: null, files: [], problems: [names] };
  const files = names.map((name) => path.join(absolute, name));
  const parsedCache = options.parsedCache ?? openCache('parsed', root);
  const parser = parserVersion();
  // A few files open at a time (never all: 10,000 files at once failed with EMFILE, and macOS
  // allows 256 by default), each parsed as soon as it is read so its source can be dropped.
  const parsed = await pMap(
    files,
    async (file) => {
      const relative = path.relative(root, file) || file;
      try {
        return {
          file: relative,
          parsed: cachedParse(relative, await readFile(file, 'utf8'), parser, parsedCache),
        };
      } catch (cause) {
        return { file: relative, parsed: unreadable(relative, cause) };
      }
    },
    { concurrency: READ_CONCURRENCY },
  );
  const cache = options.cache ?? openCache('comparisons', root);
  const storyCache = options.storyCache ?? openCache('stories', root);
  const counts = { fromStories: 0 };
  const assembled = assembleContent(parsed, { ...options, cache, storyCache }, counts);
  return {
    ...assembled,
    files,
    comparisons: { computed: cache.misses, cached: cache.hits + counts.fromStories },
  };
}

/**
 * A file parsed, from the cache when the same text under the same name was parsed by the same
 * parser before: parsing (Markdown and YAML) cost about 3.5 ms of CPU a file, and a rebuild parsed
 * every file again (70 s of CPU at 10,000 stories) to find one changed.
 */
export function cachedParse(
  file: string,
  text: string,
  parser: string,
  cache: BuildCache,
): ParsedArticle {
  return cachedJson(cache, hashOf(parser, file, text), () => parseArticle(file, text));
}

/** Parsed files (in file order) to data: the checks that span files, stories, comparisons. */
function assembleContent(
  files: readonly { file: string; parsed: ParsedArticle }[],
  options: LoadOptions,
  counts: StoryCounts,
): Omit<LoadedContent, 'files'> {
  const { articles, problems } = checkAcrossFiles(files);
  if (problems.some((p) => p.severity === 'error')) return { data: null, problems };
  return { data: compareStories(groupStories(articles), articles, options, counts), problems };
}

/** What the checks across files read of a parsed file (a whole article, or its summary). */
export interface CheckedFile<T extends Pick<Article, 'id' | 'story' | 'label'>> {
  file: string;
  parsed: {
    article: T | null;
    fieldLines: ParsedArticle['fieldLines'];
    problems: readonly Problem[];
  };
}

/**
 * The checks that span files (duplicate ids, duplicate labels in a story), in file order: the
 * articles that pass, and every problem of every file, sorted by file, line and column.
 */
export function checkAcrossFiles<T extends Pick<Article, 'id' | 'story' | 'label'>>(
  files: Iterable<CheckedFile<T>>,
): { articles: T[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const articles: T[] = [];
  const seenIds = new Map<string, string>();
  const labels = new Map<string, string>();

  for (const { file, parsed } of files) {
    problems.push(...parsed.problems);
    if (!parsed.article) continue;
    const { id, story, label } = parsed.article;
    const idAt = parsed.fieldLines['id'] ?? { line: 1, column: 1 };
    const firstUse = seenIds.get(id);
    if (firstUse) {
      problems.push({
        severity: 'error',
        file,
        ...idAt,
        field: 'id',
        message: `duplicate article id "${id}" (expected an id no other file uses; ${firstUse} has it already)`,
        hint: 'give this version its own id, e.g. add the publisher to it',
      });
      continue;
    }
    seenIds.set(id, `${file}:${idAt.line}`);
    const labelKey = `${story}\u0000${label.toLowerCase()}`;
    const sameLabel = labels.get(labelKey);
    if (sameLabel) {
      const at = parsed.fieldLines['label'] ?? idAt;
      problems.push({
        severity: 'error',
        file,
        ...at,
        field: 'label',
        message: `duplicate label "${label}" in story "${story}" (expected a label that tells the versions apart; ${sameLabel} has it already)`,
      });
      continue;
    }
    labels.set(labelKey, file);
    articles.push(parsed.article);
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { articles, problems };
}

/** A file that cannot be read (a folder named `x.md`, no permission) is one located problem. */
export function unreadable(file: string, cause: unknown): ParsedArticle {
  const code = (cause as NodeJS.ErrnoException).code ?? String(cause);
  return {
    article: null,
    fieldLines: {},
    problems: [
      {
        severity: 'error',
        file,
        line: 1,
        column: 1,
        field: 'file',
        message: `cannot be read (${code})`,
        hint: 'make it a readable Markdown file, or move it out of the content folder',
      },
    ],
  };
}

/**
 * Stories in order of their first version's date (newest story first); versions oldest first,
 * undated ones last, equal dates in content order (the files' names: the sort is stable).
 */
export function groupStories(articles: readonly Pick<Article, 'id' | 'story' | 'date'>[]): Story[] {
  const byStory = new Map<string, Pick<Article, 'id' | 'story' | 'date'>[]>();
  for (const article of articles) {
    const list = byStory.get(article.story) ?? [];
    list.push(article);
    byStory.set(article.story, list);
  }
  const versionOrder = (a: Pick<Article, 'date'>, b: Pick<Article, 'date'>) =>
    (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff');
  const stories = [...byStory.entries()].map(([id, list]) => {
    list.sort(versionOrder);
    return { id, versions: list.map((a) => a.id), date: list[0]?.date ?? '' };
  });
  stories.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return stories.map(({ id, versions }) => ({ id, versions }));
}

/** Comparisons read from a story's cached result, counted as read from the cache. */
interface StoryCounts {
  fromStories: number;
}

/**
 * What a story's versions give, cached as one entry: reading each comparison from the cache, in
 * full, and working out the timeline and digest again took 10 s of a rebuild at 10,000 stories.
 */
export interface StoryComparisons {
  comparisons: ContentData['comparisons'];
  timeline: TimelineStep[];
  digest: StoryDigest | undefined;
  /** How many comparisons it was made from. */
  compared: number;
}

function versionText(article: Article) {
  return { label: article.label, paragraphs: bodyParagraphs(article.body) };
}

/**
 * The comparisons a reader reaches from a story's timeline (`precomputedPairs`: adjacent
 * versions and each against the first, both ways), computed once, then each story's timeline and
 * digest from them. Other pairs are computed in the browser when opened, so a story of n versions
 * costs 4(n − 1) − 2 alignments here rather than n(n − 1).
 */
function compareStories(
  stories: readonly Story[],
  articles: Article[],
  { includeStory = () => true, cache, storyCache }: LoadOptions,
  counts: StoryCounts,
): ContentData {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const engine = cache ? engineVersion() : '';
  const comparisons: ContentData['comparisons'] = {};
  const timelines: ContentData['timelines'] = {};
  const withDigests: Story[] = [];
  for (const story of stories) {
    if (!includeStory(story.id)) {
      withDigests.push(story);
      continue;
    }
    const versions = story.versions.flatMap((id) => byId.get(id) ?? []);
    const compute = () => storyComparisons(versions, engine, cache);
    let result: StoryComparisons;
    if (storyCache && cache) {
      // Keyed by the story's versions, whole and in order, and by the code that makes the result.
      const key = hashOf(
        'story',
        engine,
        parserVersion(),
        story.id,
        ...versions.map((version) => JSON.stringify(version)),
      );
      const misses = storyCache.misses;
      result = cachedJson(storyCache, key, compute);
      if (storyCache.misses === misses) counts.fromStories += result.compared;
    } else result = compute();
    Object.assign(comparisons, result.comparisons);
    timelines[story.id] = result.timeline;
    withDigests.push({ ...story, digest: result.digest });
  }
  return { articles, stories: withDigests, comparisons, timelines };
}

/**
 * One story's precomputed comparisons (see compareStories), its timeline and its digest, from its
 * versions in story order.
 */
export function storyComparisons(
  versions: readonly Article[],
  engine: string,
  cache: BuildCache | undefined,
): StoryComparisons {
  const full = new Map<string, Comparison>();
  const compared = (left: Article, right: Article): Comparison => {
    const key = comparisonKey(left.id, right.id);
    let comparison = full.get(key);
    if (!comparison) {
      comparison = cachedComparison(versionText(left), versionText(right), engine, cache);
      full.set(key, comparison);
    }
    return comparison;
  };
  const byId = new Map(versions.map((a) => [a.id, a]));
  const own: ContentData['comparisons'] = {};
  for (const [leftId, rightId] of precomputedPairs(versions.map((v) => v.id))) {
    const left = byId.get(leftId);
    const right = byId.get(rightId);
    if (left && right)
      own[comparisonKey(leftId, rightId)] = encodeComparison(compared(left, right));
  }
  const timeline = storyTimeline(versions, compared);
  const digest = storyDigest(versions, compared);
  return { comparisons: own, timeline, digest, compared: full.size };
}

/**
 * The engine's comparison of two versions, from the cache when the same two texts were compared
 * by the same engine before (the key is the hash of both inputs and of the engine's code).
 */
function cachedComparison(
  left: ReturnType<typeof versionText>,
  right: ReturnType<typeof versionText>,
  engine: string,
  cache: BuildCache | undefined,
): Comparison {
  if (!cache) return compareVersions(left, right);
  const key = hashOf(engine, JSON.stringify(left), JSON.stringify(right));
  return cachedJson(cache, key, () => compareVersions(left, right));
}
