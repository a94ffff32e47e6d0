/**
 * Properties that hold for any input, checked by fast-check over generated news-like text and
 * over arbitrary Unicode.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeComparison, encodeComparison } from '../../src/engine/compact.ts';
import { compareVersions } from '../../src/engine/compare.ts';
import type { Comparison, VersionText } from '../../src/engine/types.ts';
import { AP, REWRITE } from './seed-texts.ts';

const WORDS = [
  'Japan',
  'Vietnam',
  'signed',
  'a',
  'deal',
  'on',
  'cyber',
  'defense',
  'the',
  'minister',
  'Kishi',
  'said',
  '11th',
  'two',
  'talks',
  '“new level”',
  'China',
  'U.S.',
  'Mr.',
  'and',
];
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 9 })
  .map((w) => `${w.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const version = fc
  .array(paragraph, { maxLength: 6 })
  .map((paragraphs): VersionText => ({ label: null, paragraphs }));
const unicodeVersion = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.constantFrom('\u0000', '\uD800', 'e\u0301', 'שלום עולם.', '👩‍👩‍👧 Emoji. '),
    ),
    { maxLength: 5 },
  )
  .map((paragraphs): VersionText => ({ label: null, paragraphs }));

/** Every paragraph rebuilt from the sentences of one side. */
function rebuild(side: Comparison['left'], count: number): string[] {
  const out = Array.from({ length: count }, () => '');
  for (const s of side.sentences) out[s.paragraph] += s.text;
  return out;
}

/** The comparison with its sides swapped, ids renamed, for comparing with the mirrored run. */
function mirror(c: Comparison) {
  const swap = (id: string) => (id.startsWith('L') ? `R${id.slice(1)}` : `L${id.slice(1)}`);
  return c.pairs
    .map((p) => ({
      left: p.right.map(swap),
      right: p.left.map(swap),
      kind: p.kind,
      minor: p.minor,
      moved: p.moved,
      similarity: p.similarity,
    }))
    .sort((a, b) => (a.left[0] ?? '').localeCompare(b.left[0] ?? '', 'en', { numeric: true }));
}

describe('comparison properties', () => {
  it('rebuilds each side’s text exactly from the output', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        const c = compareVersions(a, b);
        expect(rebuild(c.left, a.paragraphs.length)).toEqual(a.paragraphs);
        expect(rebuild(c.right, b.paragraphs.length)).toEqual(b.paragraphs);
      }),
    );
  });

  it('a text compared with itself is all identical pairs, none moved', () => {
    fc.assert(
      fc.property(version, (a) => {
        const c = compareVersions(a, a);
        expect(c.leftOnly).toEqual([]);
        expect(c.rightOnly).toEqual([]);
        expect(c.pairs.every((p) => p.kind === 'identical' && !p.moved)).toBe(true);
        expect(c.findings).toEqual([]);
      }),
    );
    const seed = compareVersions(AP, AP);
    expect(seed.pairs).toHaveLength(14);
    expect(seed.stats.similarity).toBe(1);
  });

  it('compared with an empty text, everything is one-side-only', () => {
    fc.assert(
      fc.property(version, (a) => {
        const empty = { label: null, paragraphs: [] };
        const c = compareVersions(a, empty);
        expect(c.pairs).toEqual([]);
        expect(c.leftOnly).toEqual(c.left.sentences.map((s) => s.id));
        expect(compareVersions(empty, a).rightOnly).toHaveLength(c.left.sentences.length);
      }),
    );
  });

  it('swapping the sides mirrors the result', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        const ab = compareVersions(a, b);
        const ba = compareVersions(b, a);
        expect(mirror(ba)).toEqual(
          ab.pairs.map((p) => ({
            left: p.left,
            right: p.right,
            kind: p.kind,
            minor: p.minor,
            moved: p.moved,
            similarity: p.similarity,
          })),
        );
        expect(ba.stats.similarity).toBe(ab.stats.similarity);
      }),
    );
    expect(mirror(compareVersions(REWRITE, AP)).map((p) => p.left)).toEqual(
      compareVersions(AP, REWRITE).pairs.map((p) => p.left),
    );
  });

  it('never throws on arbitrary Unicode, and still rebuilds the text', () => {
    fc.assert(
      fc.property(unicodeVersion, unicodeVersion, (a, b) => {
        const c = compareVersions(a, b);
        expect(rebuild(c.left, a.paragraphs.length)).toEqual(a.paragraphs);
        expect(rebuild(c.right, b.paragraphs.length)).toEqual(b.paragraphs);
      }),
    );
    const long = 'Kishi met Giang in Tokyo and signed '.repeat(3000); // about 100 KB in one line
    const c = compareVersions(
      { label: null, paragraphs: [long] },
      { label: null, paragraphs: [`${long}a deal.`] },
    );
    expect(c.pairs).toHaveLength(1);
    expect(c.pairs[0]?.diff.filter((d) => d.op !== 'equal').map((d) => d.text.trim())).toEqual([
      'a deal.',
    ]);
  });

  it('the compact form decodes back to the same comparison', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        const c = compareVersions(a, b);
        const shipped = JSON.parse(JSON.stringify(encodeComparison(c)));
        expect(decodeComparison(shipped, a, b)).toEqual(c);
      }),
    );
    const seed = compareVersions(AP, REWRITE);
    expect(decodeComparison(encodeComparison(seed), AP, REWRITE)).toEqual(seed);
  });

  it('the compact form carries no copies of the sentences, only short quotes in findings', () => {
    const { v: summary, ...rest } = encodeComparison(compareVersions(AP, REWRITE));
    const shipped = JSON.stringify(rest);
    // Findings and the summary are said in words ("“11th” became “11NS” …") and may quote a
    // name or a shortened quotation; no sentence of either version is shipped whole. The
    // alignment itself (everything but the summary's words) is smaller than one article.
    const sentencesOf = (v: typeof AP) =>
      v.paragraphs.flatMap((p) => p.split(/(?<=[.!?”])\s+/u)).filter((s) => s.length > 70);
    const sentences = [...sentencesOf(AP), ...sentencesOf(REWRITE)];
    expect(sentences.length).toBeGreaterThan(10);
    for (const sentence of sentences) {
      expect(shipped).not.toContain(sentence);
      expect(summary.join(' ')).not.toContain(sentence);
    }
    expect(shipped.length).toBeLessThan(JSON.stringify(AP).length);
  });
});
