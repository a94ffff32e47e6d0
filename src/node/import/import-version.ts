/**
 * One input to one new content file: read it, take the article and what the page says about it,
 * choose its story, give it an id and a label no other version has, check it with the project's
 * own parser and write it. Returns the one line the command prints for it.
 */
import path from 'node:path';
import { bodyParagraphs } from '../../domain/body.ts';
import { loadContent } from '../content/load-content.ts';
import { parseMarkdownFile } from '../content/markdown.ts';
import { markdownLimitBreach } from '../content/markdown-limits.ts';
import { parseArticle } from '../content/parse-article.ts';
import { formatProblem } from '../content/problem.ts';
import { chooseStory, type ExistingVersion } from './choose-story.ts';
import { cleanField, cleanText } from './clean-text.ts';
import { safeMarkdown, textToMarkdown } from './safe-markdown.ts';
import {
  serializeArticle,
  slugify,
  takenIds,
  uniqueId,
  uniqueLabel,
  writeContentFile,
  type NewArticle,
} from './content-file.ts';
import { articleDateline, splitCopyright } from './dateline.ts';
import { countWords } from './count-words.ts';
import { percentText } from '../../engine/percent.ts';
import { extractArticle } from './extract.ts';
import { NO_METADATA, type PageMetadata } from './metadata.ts';
import { DEFAULT_FETCH, readInput, type FetchOptions } from './read-input.ts';

export interface ImportOptions {
  out: string;
  story?: string;
  label?: string;
  headline?: string;
  byline?: string;
  date?: string;
  publisher?: string;
  section?: string;
  force?: boolean;
  fetch?: FetchOptions;
}

export type ImportResult =
  | {
      ok: true;
      file: string;
      id: string;
      story: string;
      /** How the story was chosen, for the printed line. */
      how: string;
    }
  | { ok: false; reason: string };

const TEXT_FILE = { metadata: NO_METADATA, site: null, page: false } as const;

type Body =
  | { ok: true; markdown: string; metadata: PageMetadata; site: string | null; page: boolean }
  | { ok: false; reason: string };

/**
 * The body if remark can read it in reasonable time, checked before anything parses it (a
 * Markdown file before `safeMarkdown`); the line is named only when it is the input's own.
 */
function withinLimits(body: Body, ownLines = false): Body {
  if (!body.ok) return body;
  const breach = markdownLimitBreach(body.markdown);
  if (!breach) return body;
  return {
    ok: false,
    reason: ownLines ? `line ${breach.line}: ${breach.message}` : breach.message,
  };
}

async function bodyOf(input: string, options: ImportOptions): Promise<Body> {
  const read = await readInput(input, options.fetch ?? DEFAULT_FETCH);
  if (!read.ok) return read;
  if (read.kind === 'html') {
    const page = extractArticle(read.bytes, { url: read.url, contentType: read.contentType });
    return withinLimits(page.ok ? { ...page, page: true } : page);
  }
  const source = cleanText(read.text);
  if (read.kind === 'markdown') {
    const raw = withinLimits({ ok: true, markdown: source, ...TEXT_FILE }, true);
    if (!raw.ok) return raw;
  }
  const markdown =
    read.kind === 'markdown'
      ? safeMarkdown(source.replace(/^---\n[\s\S]*?\n---\n/, ''))
      : textToMarkdown(source);
  if (countWords(markdown) === 0) return { ok: false, reason: 'empty: no words in the text' };
  return withinLimits({ ok: true, markdown, ...TEXT_FILE });
}

/** The label of a web page that names neither its publisher nor its address. */
export const PAGE_LABEL = 'Web page';

/**
 * A label when none is given: the publisher the page names, else the site's host (fetched from,
 * or the address the page states). A saved page with neither gets a plain label, not its file's
 * name ("test_businessWeek1" says nothing to a reader); a text file, which states nothing, keeps
 * the name its owner gave it.
 */
function defaultLabel(input: string, publisher: string | null, body: Body & { ok: true }): string {
  if (publisher) return publisher;
  if (body.site) return body.site;
  if (body.page) return PAGE_LABEL;
  return cleanField(path.basename(input).replace(/\.[^.]+$/, '')) ?? 'imported version';
}

/** Import one input into `options.out`; `existing` is what the folder holds and is updated. */
export async function importVersion(
  input: string,
  options: ImportOptions,
  existing: ExistingVersion[],
): Promise<ImportResult> {
  try {
    return await importOne(input, options, existing);
  } catch (error) {
    // A Markdown file of 10^5 nested quote marks overflows the stack of the recursive parsers
    // (remark's, the engine's): said in one line, like any input that cannot be read.
    if (error instanceof RangeError)
      return { ok: false, reason: 'unreadable: the text nests too deeply to be read' };
    throw error;
  }
}

async function importOne(
  input: string,
  options: ImportOptions,
  existing: ExistingVersion[],
): Promise<ImportResult> {
  const body = await bodyOf(input, options);
  if (!body.ok) return body;
  const meta = body.metadata;
  const headline = cleanField(options.headline) ?? meta.headline;
  const publisher = cleanField(options.publisher) ?? meta.publisher;
  const { markdown, copyright } = splitCopyright(dropRepeatedHeadline(body.markdown, headline));
  const paragraphs = bodyParagraphs(parseMarkdownFile(markdown).blocks);
  const dateline = articleDateline(paragraphs[0]);

  let story = options.story;
  let how: string;
  if (story) {
    how = `story ${story} (as told)`;
  } else {
    const { join, closest } = chooseStory(paragraphs, existing);
    if (join) {
      story = join.story;
      how = `joined story ${story}: ${percentText(join.similarity)} similar to ${join.version}`;
    } else {
      const stories = new Set(existing.map((v) => v.story));
      story = uniqueId(
        slugify(headline ?? '', 8) ?? slugify(defaultLabel(input, publisher, body), 8) ?? 'story',
        stories,
      );
      how = `new story ${story}${closest ? ` (closest: ${closest.version}, ${percentText(closest.similarity)} similar)` : ''}`;
    }
  }

  const wantedLabel = cleanField(options.label) ?? defaultLabel(input, publisher, body);
  const baseId = [slugify(story, 6), slugify(wantedLabel, 3)].filter(Boolean).join('-');
  // --force replaces the version with this id, so its label is free again.
  const others = existing.filter((v) => !(options.force && v.id === baseId));
  const label = uniqueLabel(
    wantedLabel,
    others.filter((v) => v.story === story).map((v) => v.label),
  );
  const id = options.force ? baseId : uniqueId(baseId, await takenIds(options.out, existing));

  const byline = cleanField(options.byline) ?? meta.byline;
  const date = options.date ?? meta.date;
  const section = cleanField(options.section) ?? meta.section;
  const article: NewArticle = {
    id,
    story,
    label,
    ...(headline ? { headline } : {}),
    ...(byline ? { byline } : {}),
    ...(dateline ? { dateline } : {}),
    ...(date ? { date } : {}),
    ...(publisher ? { publisher } : {}),
    ...(section ? { section } : {}),
    ...(meta.tags.length > 0 ? { tags: meta.tags } : {}),
    ...(meta.photo ? { photo: meta.photo } : {}),
    ...(copyright.length > 0 ? { copyright } : {}),
  };
  const text = serializeArticle(article, markdown, input);
  const file = path.join(options.out, `${id}.md`);
  const own = parseArticle(file, text).problems.filter((p) => p.severity === 'error');
  if (own[0]) return { ok: false, reason: `would not be valid content: ${formatProblem(own[0])}` };

  const written = await writeContentFile(options.out, id, text, options.force ?? false);
  if (!written.written) return { ok: false, reason: `${file} exists (use --force to replace it)` };
  const replaced = existing.findIndex((v) => v.id === id);
  if (replaced >= 0) existing.splice(replaced, 1);
  existing.push({ id, story, label, paragraphs });
  return { ok: true, file, id, story, how };
}

/**
 * The whole folder through the project's loader, as the build will read it, once every input is
 * written: the problems (one line each) that name a file this run wrote. Cross-file rules
 * (unique ids, labels unique in a story) are kept by construction; this proves it.
 */
export async function checkWritten(out: string, files: readonly string[]): Promise<string[]> {
  const mine = new Set(files.map((f) => path.resolve(f)));
  const { problems } = await loadContent(out);
  return problems
    .filter((p) => p.severity === 'error' && mine.has(path.resolve(p.file)))
    .map((p) => formatProblem(p).split('\n')[0] ?? p.message);
}

/** Readability keeps a heading that repeats the headline on some pages; the page has it once. */
function dropRepeatedHeadline(markdown: string, headline: string | null): string {
  if (!headline) return markdown;
  const first = /^#{1,6} (.*)\n*/.exec(markdown);
  const plain = (s: string) => s.replace(/\\(.)/g, '$1').trim().toLowerCase();
  return first?.[1] && plain(first[1]) === headline.toLowerCase()
    ? markdown.slice(first[0].length)
    : markdown;
}
