/**
 * Measures the finding classifier (src/engine/finding-weight.ts) on a labelled set
 * built from public data it was not written from, against two plain baselines, and prints the
 * figures (docs/verdict.md keeps them). Asserts nothing.
 *
 * Sources (npm packages, MIT licence): i18n-iso-countries 7.14 (English country names and
 * their aliases), states-us 1.1 (US states and territories with postal codes), number-to-words
 * 1.2 (numbers in words, ordinals). Style pairs are two names of one country or state, or one
 * number in digits and in words; meaning pairs are two different countries, states or numbers;
 * error pairs are those names and numbers run through a seeded noise model of typing, OCR and
 * hearing slips (letters swapped, dropped, doubled or confused: rn/m, l/I, g/j, c/k, f/ph,
 * O/0, S/5; ordinal suffixes mangled). The errors are synthetic: real garbles are rarer and
 * more varied, so the error recall here is an upper bound on their kind only.
 *
 *   npx tsx scripts/measure-findings.ts
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { classifyChange } from '../src/engine/finding-weight.ts';
import type { FindingWeight as Weight } from '../src/engine/types.ts';
import { normalizeForm } from '../src/engine/style-equivalents.ts';
import type { FindingKind } from '../src/engine/types.ts';

const require = createRequire(import.meta.url);
const states = (require('states-us') as { default: { name: string; abbreviation: string }[] })
  .default;
const words = require('number-to-words') as {
  toWords: (n: number) => string;
  toOrdinal: (n: number) => string;
  toWordsOrdinal: (n: number) => string;
};

interface Case {
  kind: FindingKind;
  left: string;
  right: string;
  expected: Weight;
  source: string;
}

/** mulberry32: a small seeded generator, so the set is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(18);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

const CONFUSIONS: [string, string][] = [
  ['rn', 'm'], ['m', 'rn'], ['l', 'I'], ['i', 'l'], ['g', 'j'], ['j', 'g'], ['c', 'k'], ['k', 'c'],
  ['f', 'ph'], ['ph', 'f'], ['v', 'b'], ['e', 'a'], ['a', 'e'], ['o', 'u'], ['s', 'z'], ['y', 'i'],
  ['ie', 'ei'], ['n', 'nn'], ['t', 'd'], ['d', 't'],
]; // prettier-ignore

/** One or two slips in a name: a confusion, a dropped, doubled or swapped letter. */
function garbleName(name: string): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    let out = name;
    const slips = 1 + Math.floor(rand() * 2);
    for (let s = 0; s < slips; s++) {
      const how = rand();
      const at = 1 + Math.floor(rand() * Math.max(1, out.length - 2));
      if (how < 0.45) {
        const [from, to] = pick(CONFUSIONS);
        const index = out.toLowerCase().indexOf(from, Math.floor(rand() * out.length));
        if (index > 0) out = out.slice(0, index) + to + out.slice(index + from.length);
      } else if (how < 0.65) out = out.slice(0, at) + out.slice(at + 1);
      else if (how < 0.8) out = out.slice(0, at) + out[at] + out.slice(at);
      else out = out.slice(0, at) + (out[at + 1] ?? '') + (out[at] ?? '') + out.slice(at + 2);
    }
    if (normalizeForm(out) !== normalizeForm(name) && /\p{L}/u.test(out)) return out;
  }
  return `${name}x`;
}

const DIGIT_SLIPS: Record<string, string> = {
  '0': 'O',
  '1': 'l',
  '5': 'S',
  '8': 'B',
  '2': 'Z',
  '6': 'b',
};

/** A number with a digit read as a letter, or an ordinal with its suffix mangled. */
function garbleNumber(n: number, ordinal: boolean): string {
  const text = ordinal ? words.toOrdinal(n) : String(n);
  if (ordinal && rand() < 0.6) {
    const suffix = text.replace(/^\d+/u, '');
    const wrong = pick(
      ['st', 'nd', 'rd', 'th', 'NS', 'tb', 'sl', 'ht'].filter((s) => s !== suffix),
    );
    return text.replace(/\D+$/u, wrong);
  }
  const digits = [...text].map((c, i) => [c, i] as const).filter(([c]) => DIGIT_SLIPS[c]);
  if (digits.length === 0) return `${text}l`;
  const [c, i] = pick(digits);
  return text.slice(0, i) + (DIGIT_SLIPS[c] ?? c) + text.slice(i + 1);
}

function buildSet(): Case[] {
  const cases: Case[] = [];
  const names = countries.getNames('en', { select: 'all' });
  const codes = Object.keys(names).sort();
  for (const code of codes) {
    const [main = '', ...aliases] = names[code] ?? [];
    for (const alias of aliases)
      cases.push({
        kind: 'name',
        left: main,
        right: alias,
        expected: 'style',
        source: 'country alias',
      });
    cases.push({
      kind: 'name',
      left: main,
      right: garbleName(main),
      expected: 'error',
      source: 'country garbled',
    });
  }
  codes.forEach((code, i) => {
    const other = codes[(i + 7) % codes.length] ?? code;
    cases.push({
      kind: 'name',
      left: names[code]?.[0] ?? '',
      right: names[other]?.[0] ?? '',
      expected: 'meaning',
      source: 'another country',
    });
  });
  states.forEach((state, i) => {
    const other = states[(i + 3) % states.length] ?? state;
    cases.push({
      kind: 'name',
      left: state.name,
      right: state.abbreviation,
      expected: 'style',
      source: 'state code',
    });
    cases.push({
      kind: 'name',
      left: state.name,
      right: other.name,
      expected: 'meaning',
      source: 'another state',
    });
    cases.push({
      kind: 'name',
      left: state.name,
      right: garbleName(state.name),
      expected: 'error',
      source: 'state garbled',
    });
  });
  const numbers = [
    ...Array.from({ length: 40 }, (_, i) => i + 1),
    45,
    50,
    64,
    77,
    90,
    99,
    100,
    101,
    115,
    250,
    999,
  ];
  for (const n of numbers) {
    const m = n + 1 + Math.floor(rand() * 9);
    cases.push({
      kind: 'number',
      left: words.toWords(n),
      right: String(n),
      expected: 'style',
      source: 'number in words',
    });
    cases.push({
      kind: 'number',
      left: words.toWordsOrdinal(n),
      right: words.toOrdinal(n),
      expected: 'style',
      source: 'ordinal in words',
    });
    cases.push({
      kind: 'number',
      left: String(n),
      right: String(m),
      expected: 'meaning',
      source: 'another number',
    });
    cases.push({
      kind: 'number',
      left: words.toOrdinal(n),
      right: words.toOrdinal(m),
      expected: 'meaning',
      source: 'another ordinal',
    });
    cases.push({
      kind: 'number',
      left: String(n),
      right: garbleNumber(n, false),
      expected: 'error',
      source: 'number garbled',
    });
    cases.push({
      kind: 'number',
      left: words.toOrdinal(n),
      right: garbleNumber(n, true),
      expected: 'error',
      source: 'ordinal garbled',
    });
  }
  return cases;
}

type Classifier = (c: Case) => Weight;
const classifiers: Record<string, Classifier> = {
  'everything is meaning (the old list: no ranking)': () => 'meaning',
  'same after case and punctuation = style, else meaning': (c) =>
    normalizeForm(c.left).replace(/[^\p{L}\p{N}]/gu, '') ===
    normalizeForm(c.right).replace(/[^\p{L}\p{N}]/gu, '')
      ? 'style'
      : 'meaning',
  'finding-weight.ts': (c) => classifyChange(c.kind, c.left, c.right),
};

const cases = buildSet();
const classes: Weight[] = ['error', 'meaning', 'style'];
console.log(
  `${cases.length} cases: ${classes.map((w) => `${cases.filter((c) => c.expected === w).length} ${w}`).join(', ')}`,
);
for (const [name, classify] of Object.entries(classifiers)) {
  const got = cases.map(classify);
  const correct = got.filter((g, i) => g === cases[i]?.expected).length;
  const perClass = classes.map((w) => {
    const tp = got.filter((g, i) => g === w && cases[i]?.expected === w).length;
    const predicted = got.filter((g) => g === w).length;
    const actual = cases.filter((c) => c.expected === w).length;
    const p = predicted ? tp / predicted : 0;
    const r = actual ? tp / actual : 0;
    return { w, p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
  });
  const macro = perClass.reduce((s, c) => s + c.f, 0) / classes.length;
  console.log(
    `\n${name}: accuracy ${((100 * correct) / cases.length).toFixed(1)}%, macro F1 ${macro.toFixed(3)}`,
  );
  for (const c of perClass)
    console.log(
      `  ${c.w.padEnd(8)} precision ${(100 * c.p).toFixed(1)}%  recall ${(100 * c.r).toFixed(1)}%`,
    );
  if (name === 'finding-weight.ts') {
    const bySource = new Map<string, [number, number]>();
    cases.forEach((c, i) => {
      const entry = bySource.get(c.source) ?? [0, 0];
      entry[0] += got[i] === c.expected ? 1 : 0;
      entry[1] += 1;
      bySource.set(c.source, entry);
    });
    for (const [source, [ok, all]] of bySource)
      console.log(`    ${source.padEnd(18)} ${ok}/${all}`);
    const misses = cases.filter((c, i) => got[i] !== c.expected);
    console.log(`  misses (first 40 of ${misses.length}):`);
    for (const c of misses.slice(0, 40))
      console.log(`    ${c.expected} → ${classify(c)}: ${c.left} / ${c.right}`);
  }
}
