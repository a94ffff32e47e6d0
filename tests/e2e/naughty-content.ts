/**
 * A content folder made of the Big List of Naughty Strings: one article per string, with the
 * string in every place text enters (frontmatter fields, tags, comment text, a body paragraph in
 * Markdown and a link target). Articles pair up into stories so comparisons are built too.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const NAUGHTY_STRINGS: readonly string[] = createRequire(import.meta.url)(
  'big-list-of-naughty-strings',
);

/** Where each string is put; the figure the README reports. */
export const PLACES = [
  'headline',
  'byline',
  'dateline',
  'publisher',
  'agency',
  'section',
  'tags',
  'photo.caption',
  'photo.credit',
  'copyright',
  'comment text',
  'body (Markdown)',
  'body link target',
] as const;

export interface NaughtyArticle {
  index: number;
  id: string;
  file: string;
  value: string;
}

/** YAML double-quoted scalars accept JSON string syntax, so every string is written exactly. */
const quoted = (value: string) => JSON.stringify(value);

export function naughtyArticleSource(index: number, value: string): string {
  const q = quoted(value);
  return [
    '---',
    `id: naughty-${index}`,
    `story: naughty-story-${Math.floor(index / 2)}`,
    `label: Version ${index}`,
    `headline: ${q}`,
    `byline: ${q}`,
    `dateline: ${q}`,
    `publisher: ${q}`,
    `agency: ${q}`,
    `section: ${q}`,
    `tags: [${q}]`,
    'photo:',
    `  caption: ${q}`,
    `  credit: ${q}`,
    `copyright: [${q}]`,
    'comments:',
    `  - text: ${q}`,
    '    up: 1',
    '    down: 0',
    '---',
    '',
    `Naughty string ${index} follows.`,
    '',
    value,
    '',
    `A [link ${index}](${value}) to it.`,
    '',
  ].join('\n');
}

/** Writes the folder afresh and returns what it holds. */
export function writeNaughtyContent(dir: string): NaughtyArticle[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return NAUGHTY_STRINGS.map((value, index) => {
    const file = path.join(dir, `naughty-${String(index).padStart(3, '0')}.md`);
    writeFileSync(file, naughtyArticleSource(index, value));
    return { index, id: `naughty-${index}`, file, value };
  });
}
