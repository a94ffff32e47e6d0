/**
 * What a comparison found, counted once and said in words: one sentence (the verdict), one
 * short paragraph for screen readers, and a compact line for phones. The engine says it once
 * (`compareVersions` fills `Comparison.summary`), so the build ships the words and the browser
 * carries no phrasing code; the counts come from `countChanges`, so the summary, the findings
 * and the change navigation cannot disagree. Pure.
 */
import type { Comparison, ComparisonSummary, FindingKind } from './types.ts';
import { capitalize, possessive, versionName, type Labels } from './version-name.ts';
import { rankFindings, type RankedFinding, type Weight } from './rank-findings.ts';
import { groupFindings } from './finding-groups.ts';
import { percentText } from './percent.ts';
import { countText } from './count-text.ts';

/** What the counts read of a comparison. */
type Counted = Pick<Comparison, 'left' | 'right' | 'pairs' | 'leftOnly' | 'rightOnly'>;

export interface ChangeCounts {
  leftSentences: number;
  rightSentences: number;
  /** Left sentences that have a counterpart on the right. */
  kept: number;
  /** Aligned pairs, identical ones included. */
  pairs: number;
  /** Pairs whose words changed. */
  reworded: number;
  /** Pairs that stand in another order. */
  moved: number;
  /** Sentences only in the left version, only in the right one. */
  dropped: number;
  added: number;
  /**
   * The changes a reader steps through: each pair changed or moved (counted once even when
   * both), each one-side-only sentence. The navigation's "change 3 of N" uses the same N.
   */
  changes: number;
  findings: Record<Weight, number>;
  /** Likely errors by kind: "a name and a number look garbled". */
  errors: Record<FindingKind, number>;
}

export function countChanges(comparison: Counted, ranked: readonly RankedFinding[]): ChangeCounts {
  const { pairs } = comparison;
  const findings: Record<Weight, number> = { error: 0, meaning: 0, style: 0 };
  const errors: Record<FindingKind, number> = { name: 0, number: 0, quote: 0 };
  for (const r of ranked) {
    findings[r.weight] += 1;
    if (r.weight === 'error') errors[r.finding.kind] += 1;
  }
  const stepped = pairs.filter((p) => p.kind === 'changed' || p.moved).length;
  return {
    leftSentences: comparison.left.sentences.length,
    rightSentences: comparison.right.sentences.length,
    kept: pairs.reduce((sum, p) => sum + p.left.length, 0),
    pairs: pairs.length,
    reworded: pairs.filter((p) => p.kind === 'changed').length,
    moved: pairs.filter((p) => p.moved).length,
    dropped: comparison.leftOnly.length,
    added: comparison.rightOnly.length,
    changes: stepped + comparison.leftOnly.length + comparison.rightOnly.length,
    findings,
    errors,
  };
}

const NOUNS: Record<FindingKind, [string, string]> = {
  name: ['name', 'names'],
  number: ['number', 'numbers'],
  quote: ['quotation', 'quotations'],
};

/** "a name", "2 names": counts in running text, "a" for one. */
export function countOf(n: number, [one, many]: [string, string]): string {
  return n === 1 ? `${/^[aeiou]/u.test(one) ? 'an' : 'a'} ${one}` : `${n} ${many}`;
}

/** "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The likely errors by kind: "a name and a number", or "" when there are none. */
function errorsPhrase(errors: Record<FindingKind, number>): string {
  return listOf(
    (Object.keys(NOUNS) as FindingKind[])
      .filter((k) => errors[k] > 0)
      .map((k) => countOf(errors[k], NOUNS[k])),
  );
}

/**
 * The verdict in one sentence: what the right version keeps of the left, rewords, drops and
 * adds, then the most serious kind of finding. "The Scraped rewrite keeps 8 of the AP
 * original’s 14 sentences, all reworded, drops 6 and adds 11; a name and a number look garbled."
 */
export function verdictSentence(counts: ChangeCounts, labels: Labels): string {
  const left = versionName(labels.left, 'left');
  const Right = capitalize(versionName(labels.right, 'right'));
  if (counts.changes === 0 && counts.findings.style === 0)
    return 'The two versions are the same text, sentence for sentence.';
  if (counts.kept === 0)
    return `${Right} shares no sentence with ${left}: ${counts.leftSentences === 1 ? 'it drops its only sentence' : `it drops all ${countText(counts.leftSentences)}`} and has ${countText(counts.rightSentences)} of its own.`;
  const parts = [
    `${Right} keeps ${countText(counts.kept)} of ${possessive(left)} ${countText(counts.leftSentences)} ${counts.leftSentences === 1 ? 'sentence' : 'sentences'}`,
  ];
  if (counts.reworded === 0) parts.push('word for word');
  else if (counts.reworded === counts.pairs)
    parts.push(counts.pairs === 1 ? 'reworded' : 'all reworded');
  else parts.push(`${countText(counts.reworded)} of them reworded`);
  if (counts.moved > 0) parts.push(`${countText(counts.moved)} moved`);
  const ends = [
    counts.dropped > 0 ? `drops ${countText(counts.dropped)}` : '',
    counts.added > 0 ? `adds ${countText(counts.added)}` : '',
  ].filter(Boolean);
  let sentence = parts.join(', ');
  if (ends.length > 0) sentence += `, ${listOf(ends)}`;
  const errors = errorsPhrase(counts.errors);
  const errorCount = counts.findings.error;
  if (errorCount > 0) sentence += `; ${errors} ${errorCount === 1 ? 'looks' : 'look'} garbled`;
  else if (counts.findings.meaning > 0)
    sentence += `; ${counts.findings.meaning === 1 ? 'one name, number or quotation changes' : `${countText(counts.findings.meaning)} names, numbers or quotations change`} meaning`;
  return `${sentence}.`;
}

/** The overall similarity as people say it: "23% similar". */
export const similarityText = (similarity: number) => `${percentText(similarity)} similar`;

const sentences = (n: number) => `${countText(n)} ${n === 1 ? 'sentence' : 'sentences'}`;

/**
 * One short paragraph for screen readers (issue 15): the counts, then each likely error and up
 * to three changes of meaning in words, then how many differ only in style.
 */
export function screenReaderSummary(
  counts: ChangeCounts,
  ranked: readonly RankedFinding[],
  similarity: number,
): string {
  const changes = [
    counts.reworded > 0 ? `${sentences(counts.reworded)} reworded` : '',
    counts.moved > 0 ? `${countText(counts.moved)} moved` : '',
    counts.dropped > 0 ? `${sentences(counts.dropped)} dropped` : '',
    counts.added > 0 ? `${sentences(counts.added)} added` : '',
  ].filter(Boolean);
  const out = [
    `${capitalize(similarityText(similarity))}. ${changes.length > 0 ? capitalize(listOf(changes)) : 'No sentence changed'}.`,
  ];
  // The same change in several places is said once, with how many (finding-groups.ts).
  const said = (weight: Weight, limit: number) => {
    const of = groupFindings(ranked.filter((r) => r.weight === weight));
    const words = of
      .slice(0, limit)
      .map(({ first, places }) =>
        places.length > 1
          ? `${first.finding.text} (in ${countText(places.length)} places)`
          : first.finding.text,
      );
    if (of.length > limit) words.push(`${countText(of.length - limit)} more`);
    return words.join('; ');
  };
  if (counts.findings.error > 0)
    out.push(`Likely ${counts.findings.error === 1 ? 'error' : 'errors'}: ${said('error', 5)}.`);
  if (counts.findings.meaning > 0)
    out.push(
      `${counts.findings.meaning === 1 ? 'Change' : 'Changes'} of meaning: ${said('meaning', 3)}.`,
    );
  if (counts.findings.style > 0)
    out.push(
      `${countText(counts.findings.style)} ${counts.findings.style === 1 ? 'change' : 'changes'} of style only.`,
    );
  return out.join(' ');
}

/** The compact line for phones: "23% similar · 25 changes · 2 likely errors". */
export function compactLine(counts: ChangeCounts, similarity: number): string {
  const parts = [
    similarityText(similarity),
    `${countText(counts.changes)} ${counts.changes === 1 ? 'change' : 'changes'}`,
  ];
  if (counts.findings.error > 0)
    parts.push(
      `${countText(counts.findings.error)} likely ${counts.findings.error === 1 ? 'error' : 'errors'}`,
    );
  return parts.join(' · ');
}

/** Everything the verdict says, from the comparison without its summary. */
export function summarize(
  comparison: Counted & Pick<Comparison, 'findings' | 'stats'>,
  labels: Labels,
): ComparisonSummary {
  const ranked = rankFindings(comparison.findings);
  const counts = countChanges(comparison, ranked);
  const verdict = verdictSentence(counts, labels);
  const similarity = comparison.stats.similarity;
  return {
    verdict,
    spoken: screenReaderSummary(counts, ranked, similarity),
    compact: compactLine(counts, similarity),
  };
}
