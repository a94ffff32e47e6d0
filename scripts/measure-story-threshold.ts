/**
 * `npx tsx scripts/measure-story-threshold.ts`: the figures behind `JOIN_THRESHOLD` (see
 * docs/import.md). Prints the engine's similarity for pairs of versions of one story and for
 * pairs of different stories, from the seed content and the import fixtures. Asserts nothing.
 *
 * Versions of one story: the seed pair (an AP original and a scraped rewrite), the fixture page
 * and its plain-text copy, and each fixture article's first half against the whole (an early
 * version of a developing story). Different stories: every pair of distinct articles.
 */
import { readFileSync } from 'node:fs';
import { bodyParagraphs } from '../src/domain/body.ts';
import { compareVersions } from '../src/engine/compare.ts';
import { parseMarkdownFile } from '../src/node/content/markdown.ts';
import { extractArticle } from '../src/node/import/extract.ts';
import { JOIN_THRESHOLD } from '../src/node/import/choose-story.ts';

const F = 'tests/fixtures/import';
const paragraphsOf = (markdown: string) => bodyParagraphs(parseMarkdownFile(markdown).blocks);
const page = (name: string) => {
  const result = extractArticle(readFileSync(`${F}/${name}`));
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  return paragraphsOf(result.markdown);
};
const content = (file: string) => {
  const source = readFileSync(file, 'utf8');
  return paragraphsOf(source.slice(source.indexOf('\n---', 3) + 4));
};

const articles: Record<string, string[]> = {
  'seed AP': content('content/japan-vietnam-cyber-defense-ap.md'),
  'cms-jsonld': page('cms-jsonld.html'),
  'opengraph-only': page('opengraph-only.html'),
  microdata: page('microdata.html'),
  amp: page('amp.html'),
  'ads-comments': page('ads-comments.html'),
  german: page('german.html'),
};
const similarity = (a: readonly string[], b: readonly string[]) =>
  compareVersions({ label: null, paragraphs: a }, { label: null, paragraphs: b }).stats.similarity;

const same: [string, number][] = [
  [
    'seed AP ~ seed rewrite',
    similarity(
      articles['seed AP'] ?? [],
      content('content/japan-vietnam-defense-scraped-rewrite.md'),
    ),
  ],
  [
    'cms-jsonld ~ plain.txt',
    similarity(articles['cms-jsonld'] ?? [], paragraphsOf(readFileSync(`${F}/plain.txt`, 'utf8'))),
  ],
  ...Object.entries(articles).map(([name, paragraphs]): [string, number] => [
    `${name}: first half ~ whole`,
    similarity(paragraphs.slice(0, Math.ceil(paragraphs.length / 2)), paragraphs),
  ]),
];
const names = Object.keys(articles);
const different: [string, number][] = names.flatMap((a, i) =>
  names
    .slice(i + 1)
    .map((b): [string, number] => [
      `${a} ~ ${b}`,
      similarity(articles[a] ?? [], articles[b] ?? []),
    ]),
);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
for (const [title, rows] of [
  ['same story', same],
  ['different stories', different],
] as const) {
  const values = rows.map(([, v]) => v);
  console.log(
    `${title}: ${rows.length} pairs, min ${pct(Math.min(...values))}, max ${pct(Math.max(...values))}`,
  );
  for (const [name, value] of rows) console.log(`  ${pct(value).padStart(6)}  ${name}`);
}
console.log(`threshold ${pct(JOIN_THRESHOLD)}`);
