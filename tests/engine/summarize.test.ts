import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/engine/compare.ts';
import { rankFindings } from '../../src/engine/rank-findings.ts';
import {
  compactLine,
  countChanges,
  countOf,
  listOf,
  screenReaderSummary,
  verdictSentence,
} from '../../src/engine/summarize.ts';

// A short wire story and a rewrite of it (text written for this test).
const ORIGINAL = [
  'Flooding forced 300 families from their homes in Springfield, Ill., on Monday, officials said.',
  'Mayor Jane Okafor said the river rose faster than at any time since 1993.',
  '“We have never seen water like this,” Okafor said.',
  'The National Weather Service expects more rain on the 21st.',
];
const REWRITE = [
  'The National Weather Service expects more rain on the 21th.',
  'Flooding forced 300 families from their homes in Springfield, Illinois, on Monday, officials said.',
  'Mayor Jane Okafur said the river rose faster than at any time since 1993.',
  'Shelters opened at two schools.',
];

function compare(left: string[], right: string[]) {
  const comparison = compareVersions(
    { label: 'Reuters', paragraphs: left },
    { label: 'local rewrite', paragraphs: right },
  );
  const ranked = rankFindings(comparison.findings);
  return { comparison, ranked, counts: countChanges(comparison, ranked) };
}
const labels = { left: 'Reuters', right: 'local rewrite' };

describe('countChanges: one count for the whole page', () => {
  it('counts kept, reworded, moved, dropped and added sentences and the findings by weight', () => {
    const { counts, comparison } = compare(ORIGINAL, REWRITE);
    expect(counts).toMatchObject({
      leftSentences: 4,
      rightSentences: 4,
      kept: 3,
      dropped: 1,
      added: 1,
    });
    expect(counts.reworded).toBe(comparison.pairs.filter((p) => p.kind === 'changed').length);
    expect(counts.findings.error).toBe(2); // Okafor → Okafur, 21st → 21th
    expect(counts.errors).toEqual({ name: 1, number: 1, quote: 0 });
  });

  it('counts a pair that is both changed and moved as one change, as the navigation steps', () => {
    const { counts, comparison } = compare(ORIGINAL, REWRITE);
    const stepped = comparison.pairs.filter((p) => p.kind === 'changed' || p.moved).length;
    expect(counts.moved).toBeGreaterThan(0);
    expect(counts.changes).toBe(stepped + counts.dropped + counts.added);
    expect(counts.changes).toBeLessThan(
      counts.reworded + counts.moved + counts.dropped + counts.added,
    );
  });
});

describe('verdictSentence', () => {
  it('says in one sentence what the rewrite keeps, drops and adds, then what looks garbled', () => {
    const { counts } = compare(ORIGINAL, REWRITE);
    expect(verdictSentence(counts, labels)).toBe(
      'The local rewrite keeps 3 of Reuters’ 4 sentences, all reworded, 1 moved, drops 1 and adds 1; a name and a number look garbled.',
    );
  });

  it('says when nothing changed, and when nothing is shared', () => {
    expect(verdictSentence(compare(ORIGINAL, ORIGINAL).counts, labels)).toBe(
      'The two versions are the same text, sentence for sentence.',
    );
    const apart = compare(
      ['Markets fell sharply in Tokyo today.'],
      ['A new bridge opened over the Danube.'],
    );
    expect(verdictSentence(apart.counts, labels)).toBe(
      'The local rewrite shares no sentence with Reuters: it drops its only sentence and has 1 of its own.',
    );
  });

  it('names changes of meaning when nothing looks garbled', () => {
    const { counts } = compare([ORIGINAL[1] ?? ''], [(ORIGINAL[1] ?? '').replace('1993', '1995')]);
    expect(verdictSentence(counts, labels)).toBe(
      'The local rewrite keeps 1 of Reuters’ 1 sentence, reworded; one name, number or quotation changes meaning.',
    );
  });

  it('writes counts of a long story with thousands separated, as readers write them', () => {
    const { counts } = compare(ORIGINAL, ORIGINAL);
    const long = {
      ...counts,
      changes: 2021,
      kept: 4200,
      pairs: 4200,
      leftSentences: 4200,
      reworded: 1015,
      added: 1006,
    };
    expect(verdictSentence(long, labels)).toBe(
      'The local rewrite keeps 4,200 of Reuters’ 4,200 sentences, 1,015 of them reworded, adds 1,006.',
    );
  });
});

describe('screenReaderSummary and compactLine', () => {
  it('gives the counts, each likely error in words and how many changes are style only', () => {
    const { comparison, ranked, counts } = compare(ORIGINAL, REWRITE);
    const text = screenReaderSummary(counts, ranked, comparison.stats.similarity);
    expect(text).toMatch(
      /^\d+% similar\. 3 sentences reworded, 1 moved, 1 sentence dropped and 1 sentence added\./u,
    );
    expect(text).toContain(
      'Likely errors: “Mayor Jane Okafor” became “Mayor Jane Okafur” in the local rewrite;',
    );
    expect(text).toContain('“21st” became “21th” in the local rewrite.');
    expect(text).toContain('1 change of style only.');
  });

  it('says a change made in several places once, with how many', () => {
    // An update correcting one figure in three sentences (text written for this test).
    const before = [
      'Repairs to the harbour wall will cost 4.2 million pounds, the council said.',
      'The wall was last rebuilt in 1953 after a storm.',
      'Of the 4.2 million pounds, half will be borrowed from the regional fund.',
      'Residents on the east quay asked again why the bill reached 4.2 million pounds.',
    ];
    const { comparison, ranked, counts } = compare(
      before,
      before.map((sentence) => sentence.replace('4.2', '4.8')),
    );
    const text = screenReaderSummary(counts, ranked, comparison.stats.similarity);
    expect(text).toContain(
      'Changes of meaning: “4.2” became “4.8” in the local rewrite (in 3 places).',
    );
    expect(text).not.toContain('more');
  });

  it('puts the similarity, the number of changes and of likely errors on one line', () => {
    const { comparison, counts } = compare(ORIGINAL, REWRITE);
    expect(compactLine(counts, comparison.stats.similarity)).toMatch(
      /^\d+% similar · 5 changes · 2 likely errors$/u,
    );
  });
});

describe('countOf and listOf', () => {
  it('writes counts and lists as running English', () => {
    expect(countOf(1, ['name', 'names'])).toBe('a name');
    expect(countOf(1, ['error', 'errors'])).toBe('an error');
    expect(countOf(3, ['name', 'names'])).toBe('3 names');
    expect(listOf(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('summarize: the engine says the verdict once', () => {
  it('fills the comparison’s summary with the verdict, the spoken paragraph and the compact line', () => {
    const { comparison, counts, ranked } = compare(ORIGINAL, REWRITE);
    const similarity = comparison.stats.similarity;
    expect(comparison.summary).toEqual({
      verdict: verdictSentence(counts, labels),
      spoken: screenReaderSummary(counts, ranked, similarity),
      compact: compactLine(counts, similarity),
    });
    expect(comparison.summary.spoken).toMatch(/Likely errors: “Mayor Jane Okafor” became/u);
  });
});
