/**
 * Graded rewrites from a real corpus: `npx tsx scripts/measure-graded-corpus.ts <folder>` reads
 * a copy of Clough & Stevenson's corpus of plagiarised short answers (`file_information.csv`
 * with File,Task,Category; `orig_task<x>.txt`; one `.txt` per answer), compares each answer with
 * its source, and prints Spearman's rho with the grade and the answers in the wrong order, for
 * the engine's `stats.similarity` and for word-trigram containment. The corpus is not in this
 * repository (its licence for redistribution is unknown); docs/engine.md has the figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compareVersions } from '../src/engine/compare.ts';
import { spearman, trigramContainment } from '../tests/engine/corpora/measures.ts';

const GRADE: Record<string, number> = { cut: 3, light: 2, heavy: 1, non: 0 };

interface Answer {
  task: string;
  grade: number;
  engine: number;
  trigram: number;
}
type Measure = 'engine' | 'trigram';

const folder = process.argv[2];
const index = folder ? path.join(folder, 'file_information.csv') : '';
if (!folder || !existsSync(index)) {
  console.error(`usage: measure-graded-corpus <folder with file_information.csv>`);
  process.exit(1);
}
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
const read = (name: string) => readFileSync(path.join(folder, name), 'utf8');

const answers: Answer[] = [];
for (const line of read('file_information.csv').trim().split('\n').slice(1)) {
  const [file = '', task = '', category = ''] = line.split(',').map((cell) => cell.trim());
  const grade = GRADE[category];
  if (grade === undefined) continue;
  const source = read(`orig_task${task}.txt`);
  const answer = read(file);
  const engine = compareVersions(
    { label: null, paragraphs: paragraphs(source) },
    { label: null, paragraphs: paragraphs(answer) },
  ).stats.similarity;
  answers.push({ task, grade, engine, trigram: trigramContainment(answer, source) });
}

const rho = (list: Answer[], measure: Measure) =>
  spearman(
    list.map((a) => a[measure]),
    list.map((a) => a.grade),
  );
/** Pairs of answers of different grades scored in the wrong order or tied, and all such pairs. */
function misordered(list: Answer[], measure: Measure): [number, number] {
  let wrong = 0;
  let pairs = 0;
  for (const a of list)
    for (const b of list)
      if (a.grade > b.grade) {
        pairs++;
        if (a[measure] <= b[measure]) wrong++;
      }
  return [wrong, pairs];
}

const tasks = [...new Set(answers.map((a) => a.task))].sort();
console.log('question  answers   engine rho  misordered   trigram rho  misordered');
for (const task of tasks) {
  const list = answers.filter((a) => a.task === task);
  const [ew, pairs] = misordered(list, 'engine');
  const [tw] = misordered(list, 'trigram');
  console.log(
    `${task.padEnd(9)} ${String(list.length).padStart(7)}   ${rho(list, 'engine').toFixed(3).padStart(10)}  ${`${ew}/${pairs}`.padStart(10)}   ${rho(list, 'trigram').toFixed(3).padStart(11)}  ${`${tw}/${pairs}`.padStart(10)}`,
  );
}
console.log(
  `all       ${String(answers.length).padStart(7)}   ${rho(answers, 'engine').toFixed(3).padStart(10)}  ${''.padStart(10)}   ${rho(answers, 'trigram').toFixed(3).padStart(11)}`,
);
