/**
 * `npx tsx scripts/measure-real-pages.ts`: how well the importer reads real article pages, per
 * source of the test set (tests/fixtures/real-pages/README.md), beside two plain baselines, and
 * which pages fail which check. The figures behind the thresholds in
 * tests/node/import/real-pages.test.ts and the table in docs/import.md. Asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { extractArticle } from '../src/node/import/extract.ts';
import {
  importerFound,
  loadRealPages,
  paragraphBaseline,
  score,
  summarise,
  wholePageBaseline,
  type Found,
  type RealPage,
  type Score,
} from '../tests/fixtures/real-pages/measure.ts';

const pages = loadRealPages();
const readers: Record<string, (html: Uint8Array) => Found> = {
  importer: (html) => importerFound(extractArticle(html)),
  'baseline: whole <body>': wholePageBaseline,
  'baseline: every <p>': paragraphBaseline,
};
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const groups = (scores: Score[]): [string, Score[]][] => [
  ['all', scores],
  ...[...new Set(scores.map((s) => s.source))].map((source): [string, Score[]] => [
    source,
    scores.filter((s) => s.source === source),
  ]),
];

console.log(
  '| reader | set | pages | headline exact | byline | lead found | lead recall | body P | body R | body F1 |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const failures: string[] = [];
for (const [name, read] of Object.entries(readers)) {
  const scores = pages.map((p: RealPage) => score(p, read(readFileSync(p.file))));
  for (const [set, group] of groups(scores)) {
    const s = summarise(group);
    console.log(
      `| ${name} | ${set} | ${s.pages} | ${pct(s.headline.rate)} of ${s.headline.of} | ${pct(s.byline.rate)} of ${s.byline.of} | ` +
        `${s.lead.of ? `${pct(s.lead.found)} of ${s.lead.of}` : '–'} | ${s.lead.of ? pct(s.lead.recall) : '–'} | ` +
        `${s.body.of ? pct(s.body.precision) : '–'} | ${s.body.of ? pct(s.body.recall) : '–'} | ${s.body.of ? `${pct(s.body.f1)} of ${s.body.of}` : '–'} |`,
    );
  }
  if (name === 'importer')
    for (const s of scores) {
      const bad = [
        s.headline === false && 'headline',
        s.byline === false && 'byline',
        s.lead && !s.lead.found && `lead (recall ${pct(s.lead.recall)})`,
        s.body && s.body.f1 < 0.9 && `body F1 ${pct(s.body.f1)}`,
      ].filter(Boolean);
      if (bad.length) failures.push(`${s.id}: ${bad.join(', ')}`);
    }
}
console.log(`\nimporter misses (${failures.length} pages):\n${failures.join('\n')}`);
