/** Spec of compact.ts: the shipped form of a comparison, and its expansion in the browser. */
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/engine/compare.ts';
import { decodeComparison, encodeComparison } from '../../src/engine/compact.ts';
import type { VersionText } from '../../src/engine/types.ts';

const left: VersionText = {
  label: 'First',
  paragraphs: [
    'The union says its 4,200 members have gone three years without a pay rise. Talks failed.',
    '“We will not return,” Tomas Ferreira said.',
  ],
};
const right: VersionText = {
  label: 'Second',
  paragraphs: [
    'The union says its 4,500 members have gone three years without a pay rise.',
    '“We will never return,” Tomas Ferreira said. Ships wait offshore.',
  ],
};
const comparison = compareVersions(left, right);
const compact = encodeComparison(comparison);

describe('encodeComparison / decodeComparison', () => {
  it('decodes back to the same comparison, given the same paragraphs', () => {
    expect(decodeComparison(compact, left, right)).toEqual(comparison);
  });

  it('carries no copy of the text: only offsets, run lengths and figures', () => {
    const shipped = JSON.stringify(compact);
    for (const word of ['union', 'members', 'Ferreira', 'offshore'])
      expect(shipped).not.toContain(word);
  });

  it('is smaller than the full comparison', () => {
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(comparison).length / 2);
  });

  it('reads every sentence, diff run and finding from the paragraphs it is given', () => {
    const decoded = decodeComparison(compact, left, right);
    for (const s of decoded.left.sentences)
      expect(s.text).toBe(left.paragraphs[s.paragraph]?.slice(s.start, s.end));
    expect(decoded.findings.map((f) => [f.kind, f.left, f.right])).toEqual([
      ['number', '4,200', '4,500'],
      ['quote', '“We will not return,”', '“We will never return,”'],
    ]);
  });

  it('keeps the stats as computed', () => {
    expect(decodeComparison(compact, left, right).stats).toEqual(comparison.stats);
  });
});
