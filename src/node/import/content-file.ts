/**
 * Writing a content file exactly in the README's format (YAML frontmatter in the README's field
 * order, then the Markdown body), with ids that no other file has, never over an existing file
 * unless told to; and reading what a folder already holds, through the project's own parser.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { bodyParagraphs } from '../../domain/body.ts';
import { parseArticle } from '../content/parse-article.ts';
import type { ExistingVersion } from './choose-story.ts';

export interface NewArticle {
  id: string;
  story: string;
  label: string;
  headline?: string;
  byline?: string;
  dateline?: string;
  date?: string;
  publisher?: string;
  section?: string;
  tags?: string[];
  photo?: { caption: string; credit?: string };
  copyright?: string[];
}

/** The README's field order; fields without a value are left out. */
const ORDER = [
  'id',
  'story',
  'label',
  'headline',
  'byline',
  'dateline',
  'date',
  'publisher',
  'section',
  'tags',
  'photo',
  'copyright',
] as const;

/** Short words a slug cut mid-phrase should not end on. */
const TRAILING = new Set([
  'a',
  'an',
  'the',
  'of',
  'for',
  'to',
  'in',
  'on',
  'at',
  'and',
  'or',
  'by',
  'with',
  'from',
]);

/**
 * A slug of at most `maxWords` words (and 60 characters) from any text: accents folded,
 * everything else that is not a latin letter or digit a separator. Null when nothing is left
 * (a headline in another script), so the caller can choose a fallback.
 */
export function slugify(text: string, maxWords = 8): string | null {
  const words = text
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/[þÞ]/g, 'th')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords);
  // A cut headline should not end on "of" or "the".
  while (words.length > 1 && TRAILING.has(words.at(-1) ?? '')) words.pop();
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 60) break;
    slug = next;
  }
  return slug || null;
}

/** `base`, or `base-2`, `base-3`… whichever no one has taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** `label`, or `label (2)`… whichever no version of the story has (labels compare case-blind). */
export function uniqueLabel(label: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((l) => l.toLowerCase()));
  if (!lower.has(label.toLowerCase())) return label;
  for (let n = 2; ; n++) if (!lower.has(`${label} (${n})`.toLowerCase())) return `${label} (${n})`;
}

/** The whole file: a provenance comment, the frontmatter, a blank line, the body. */
export function serializeArticle(article: NewArticle, body: string, source: string): string {
  const fields: Record<string, unknown> = {};
  for (const key of ORDER) {
    const value = article[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    fields[key] = value;
  }
  const yaml = stringify(fields, { lineWidth: 0, defaultStringType: 'PLAIN' });
  // The source goes in a YAML comment: one line, whatever the file name or address holds.
  const from = JSON.stringify(source).slice(1, -1);
  return `---\n# imported from ${from}\n${yaml}---\n\n${body.trim()}\n`;
}

/** Every readable version in `dir` (files with errors are skipped: they join nothing). */
export async function readExisting(dir: string): Promise<ExistingVersion[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  } catch {
    return [];
  }
  const out: ExistingVersion[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const { article } = parseArticle(file, await readFile(file, 'utf8'));
    if (article)
      out.push({
        id: article.id,
        story: article.story,
        label: article.label,
        paragraphs: bodyParagraphs(article.body),
      });
  }
  return out;
}

/** The ids already used in `dir`: by files' ids and by file names (an id names its file). */
export async function takenIds(dir: string, existing: readonly ExistingVersion[]) {
  const names = await readdir(dir).catch(() => [] as string[]);
  return new Set([
    ...existing.map((v) => v.id),
    ...names.filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3)),
  ]);
}

/** Write `<dir>/<id>.md`; without `force` an existing file is never replaced (false then). */
export async function writeContentFile(
  dir: string,
  id: string,
  text: string,
  force: boolean,
): Promise<{ written: boolean; file: string }> {
  const file = path.join(dir, `${id}.md`);
  await mkdir(dir, { recursive: true });
  try {
    await writeFile(file, text, { encoding: 'utf8', flag: force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { written: false, file };
    throw error;
  }
  return { written: true, file };
}
