/**
 * The seed pair aligned as a careful reader aligns it. Expectations written from reading both
 * texts (AP sentences L0–L13, rewrite sentences R0–R19; see the sentence lists asserted first).
 */
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/engine/compare.ts';
import { AP, REWRITE } from './seed-texts.ts';

const result = compareVersions(AP, REWRITE);
const text = (id: string) =>
  [...result.left.sentences, ...result.right.sentences].find((s) => s.id === id)?.text.trim() ?? '';
const pairOf = (leftId: string) => result.pairs.find((p) => p.left.includes(leftId));

describe('the seed pair', () => {
  it('finds 14 AP sentences and 20 rewrite sentences', () => {
    expect(result.left.sentences).toHaveLength(14);
    expect(result.right.sentences).toHaveLength(20);
    expect(text('L2')).toMatch(/^Kishi said talks with his Vietnamese counterpart, Phan Van Giang/);
    expect(text('R8')).toMatch(/^The meeting with Van Van Jung/);
  });

  it('pairs the reworded sentences with their counterparts', () => {
    const pairs = result.pairs.map((p) => `${p.left.join('+')}=${p.right.join('+')}`);
    expect(pairs).toEqual([
      'L0=R4', // signed an agreement on cybersecurity ~ signed two agreements on cybersecurity
      'L1=R6+R7', // "indicating China" split off as "He said it indicates China."
      'L2=R8', // talks took cooperation "to a new level" ~ meeting "raised" it "to a new level"
      'L8=R0', // opposition to changing the status quo by coercion ~ oppose a one-sided attempt
      'L10=R15', // deal comes two months after ~ agreement two months after
      'L11=R16', // details of the transfer … still being discussed ~ relocation … under discussion
      'L12=R17', // Vietnam is the 11th nation ~ Vietnam is 11NS A country
      'L13=R18', // expand military cooperation beyond the U.S. ~ extend … beyond the United States
    ]);
    expect(result.pairs.every((p) => p.kind === 'changed')).toBe(true);
  });

  it('does not pair unrelated sentences that only share a minister’s name', () => {
    // "Defense Minister Nobuo Kishi and Defense Minister Phan Van Giang of Vietnam discussed …"
    expect(text('R1')).toMatch(/^Defense Minister Nobuo Kishi and Defense Minister Phan Van Giang/);
    expect(result.rightOnly).toContain('R1');
    expect(pairOf('L2')?.right).toEqual(['R8']);
  });

  it('marks the opposition-to-coercion sentence as moved (last in AP, first in the rewrite)', () => {
    expect(result.pairs.filter((p) => p.moved).map((p) => p.left)).toEqual([['L8']]);
  });

  it('leaves what only one version says unpaired', () => {
    // AP only: Senkaku islands (2), joint China–Russia activity, the H-6 flight, 2019, "free and democratic".
    expect(result.leftOnly).toEqual(['L3', 'L4', 'L5', 'L6', 'L7', 'L9']);
    // Rewrite only: the ministers' meeting, the Prime Minister's visit, international law, military
    // medicine support, the Kyodo quote and credit, NATO exercises, talks with Singapore, the
    // ministry on cyberattacks, the common concern, the AP credit line.
    expect(result.rightOnly).toEqual([
      'R1',
      'R2',
      'R3',
      'R5',
      'R9',
      'R10',
      'R11',
      'R12',
      'R13',
      'R14',
      'R19',
    ]);
  });

  it('flags the changed name, number and quotes', () => {
    const findings = result.findings.map((f) => `${f.kind}: ${f.left ?? '∅'} → ${f.right ?? '∅'}`);
    expect(findings).toEqual([
      'name: Phan Van Giang → Van Van Jung',
      'quote: “defense cooperation between the two countries to a new level.” → “raised the defense cooperation between the two countries to a new level,”',
      'quote: “any unilateral attempts to change the status quo by coercion or any activities that escalate tensions,” → ∅',
      'quote: ∅ → “forced”',
      'number: 11th → 11NS',
      'name: U.S. → United States',
      'name: Britain → United Kingdom',
    ]);
  });

  it('locates each finding in place: sentence and offsets into its paragraph', () => {
    const name = result.findings[0];
    const left = result.left.sentences.find((s) => s.id === name?.leftRange?.sentence);
    expect(name?.leftRange?.sentence).toBe('L2');
    expect(
      AP.paragraphs[left?.paragraph ?? -1]?.slice(name?.leftRange?.start, name?.leftRange?.end),
    ).toBe('Phan Van Giang');
    const number = result.findings.find((f) => f.kind === 'number');
    const right = result.right.sentences.find((s) => s.id === number?.rightRange?.sentence);
    expect(
      REWRITE.paragraphs[right?.paragraph ?? -1]?.slice(
        number?.rightRange?.start,
        number?.rightRange?.end,
      ),
    ).toBe('11NS');
  });

  it('marks word changes inside a pair, with spaces attached so highlights read naturally', () => {
    const diff = pairOf('L11')?.diff ?? [];
    expect(diff.filter((d) => d.op === 'delete').map((d) => d.text)).toEqual([
      'transfer',
      'specific',
      'possibly',
      'being discussed',
    ]);
    expect(diff.filter((d) => d.op === 'insert').map((d) => d.text)).toEqual([
      'relocation',
      'certain',
      'perhaps',
      'under discussion',
    ]);
  });

  it('reports stats whose parts add up', () => {
    const { stats } = result;
    expect(stats.changed + stats.identical).toBe(result.pairs.length);
    expect(stats.moved).toBe(1);
    expect(stats.leftOnly).toBe(6);
    expect(stats.rightOnly).toBe(11);
    expect(stats.findings).toEqual({ name: 3, number: 1, quote: 3 });
    expect(stats.similarity).toBeGreaterThan(0.2);
    expect(stats.similarity).toBeLessThan(0.5);
    expect(stats.left.alignedShare).toBeGreaterThan(stats.right.alignedShare);
  });
});
