/**
 * `npx tsx scripts/generate-content.ts --stories N [--repeat K] --out DIR`: a content folder of N
 * stories with two versions each, made from the seed story with varied names, numbers and dates
 * (and each body repeated K times for long versions). For benchmarks and scale tests only: the
 * output is synthetic and is never written to content/.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addDays, formatISO } from 'date-fns';
import { parse, stringify } from 'yaml';

const NAMES = [
  'Kishi',
  'Tanaka',
  'Suzuki',
  'Watanabe',
  'Ito',
  'Yamamoto',
  'Nakamura',
  'Kobayashi',
  'Kato',
  'Yoshida',
];
const COUNTRIES = [
  'Vietnam',
  'Indonesia',
  'Malaysia',
  'Thailand',
  'Mongolia',
  'Cambodia',
  'Laos',
  'Singapore',
];

function split(file: string): { front: Record<string, unknown>; body: string } {
  const source = readFileSync(file, 'utf8');
  const end = source.indexOf('\n---', 3);
  return {
    front: parse(source.slice(4, end)) as Record<string, unknown>,
    body: source.slice(end + 4).trim(),
  };
}

const ORDINAL_RULES = new Intl.PluralRules('en', { type: 'ordinal' });
const SUFFIX: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };
/** 2 → "2nd", 11 → "11th": the varied numbers read as the source's own ordinal does. */
const ordinal = (n: number) => `${n}${SUFFIX[ORDINAL_RULES.select(n)] ?? 'th'}`;

function vary(text: string, i: number): string {
  const name = NAMES[i % NAMES.length] ?? 'Kishi';
  const country = COUNTRIES[i % COUNTRIES.length] ?? 'Vietnam';
  return text
    .replaceAll('Kishi', name)
    .replaceAll('Vietnam', country)
    .replaceAll('11th', ordinal((i % 20) + 2))
    .replaceAll('2019', String(2000 + (i % 20)));
}

export function generateContent(out: string, stories: number, repeat = 1): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const ap = split('content/japan-vietnam-cyber-defense-ap.md');
  const rewrite = split('content/japan-vietnam-defense-scraped-rewrite.md');
  for (let i = 0; i < stories; i++) {
    const story = `generated-story-${i + 1}`;
    const date = formatISO(addDays(new Date(2021, 0, 1), i), { representation: 'date' });
    for (const [version, source] of [
      ['ap', ap],
      ['rewrite', rewrite],
    ] as const) {
      const front = { ...source.front, id: `${story}-${version}`, story };
      if (version === 'ap')
        Object.assign(front, { date, headline: vary(String(source.front['headline']), i) });
      const body = Array.from({ length: repeat }, () => vary(source.body, i)).join('\n\n');
      writeFileSync(
        path.join(out, `${story}-${version}.md`),
        `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body}\n`,
      );
    }
  }
}

/**
 * One more version of story `story` (1-based) in a folder `generateContent` wrote: the rewrite
 * with a sentence added, as a correction published later. For the rebuild-after-one-version bench.
 */
export function addVersion(out: string, story: number): string {
  const id = `generated-story-${story}`;
  const source = readFileSync(path.join(out, `${id}-rewrite.md`), 'utf8');
  const file = path.join(out, `${id}-correction.md`);
  writeFileSync(
    file,
    `${source
      .replace(`id: ${id}-rewrite`, `id: ${id}-correction`)
      .replace('label: Scraped rewrite', 'label: Correction')
      .trimEnd()}\n\nThis version corrects the date of the meeting.\n`,
  );
  return file;
}

const arg = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const out = arg('out');
  const stories = Number(arg('stories') ?? '2');
  const repeat = Number(arg('repeat') ?? '1');
  if (
    !out ||
    !Number.isInteger(stories) ||
    stories < 1 ||
    !Number.isInteger(repeat) ||
    repeat < 1
  ) {
    process.stderr.write(
      'usage: tsx scripts/generate-content.ts --stories N [--repeat K] --out DIR\n',
    );
    process.exitCode = 2;
  } else {
    generateContent(out, stories, repeat);
    process.stdout.write(`wrote ${stories * 2} files to ${out}\n`);
  }
}

/**
 * One story of two versions, each the long fixture story's text repeated `repeat` times, the
 * second with the fixture's light edits in three of the copies (at a tenth, a half and nine
 * tenths): a long story where most of the text is the same, so changes only is on by default.
 */
export function generateLightlyEdited(out: string, repeat: number): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const fixture = 'tests/fixtures/long-story';
  const wire = split(path.join(fixture, 'marlow-bay-wall-wire.md'));
  const updated = split(path.join(fixture, 'marlow-bay-wall-updated.md'));
  const edited = new Set([0.1, 0.5, 0.9].map((at) => Math.floor(repeat * at)));
  for (const [version, label, own, body] of [
    ['wire', 'Wire copy', wire, () => wire.body],
    ['updated', 'Updated copy', updated, (i: number) => (edited.has(i) ? updated.body : wire.body)],
  ] as const) {
    // Each version keeps its own fixture's date and publisher: the updated copy is the later one.
    const front = {
      ...own.front,
      id: `lightly-edited-${version}`,
      story: 'lightly-edited',
      label,
    };
    const text = Array.from({ length: repeat }, (_, i) => body(i)).join('\n\n');
    writeFileSync(
      path.join(out, `${front.id}.md`),
      `---\n${stringify(front, { lineWidth: 0 })}---\n\n${text}\n`,
    );
  }
}
