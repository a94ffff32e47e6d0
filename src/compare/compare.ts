/**
 * Compare two versions of a story: sentences, alignment, word diffs, findings and stats.
 * Pure and deterministic: the build, the browser and the `compare` command all call this.
 */
import { alignSentences } from './align.ts';
import { pairFindings, type RawFinding } from './findings.ts';
import { splitSentences } from './sentences.ts';
import { wordCount } from './tokens.ts';
import type { Comparison, Finding, Pair, Sentence, SideStats, Stats, TextRange, VersionText } from './types.ts';
import { wordDiff } from './word-diff.ts';

export function compareVersions(left: VersionText, right: VersionText): Comparison {
  const leftSentences = sentencesOf(left, 'L');
  const rightSentences = sentencesOf(right, 'R');
  const groups = alignSentences(
    leftSentences.map((s) => s.text),
    rightSentences.map((s) => s.text),
  );

  const moved = movedGroups(groups.map((g) => g.right[0] ?? 0));
  const pairs: Pair[] = [];
  const findings: Finding[] = [];
  groups.forEach((group, index) => {
    const ls = group.left.flatMap((i) => leftSentences[i] ?? []);
    const rs = group.right.flatMap((i) => rightSentences[i] ?? []);
    const leftText = groupText(ls);
    const rightText = groupText(rs);
    const diff = wordDiff(leftText, rightText);
    const kind = leftText === rightText ? 'identical' : 'changed';
    pairs.push({
      left: ls.map((s) => s.id),
      right: rs.map((s) => s.id),
      kind,
      moved: moved.has(index),
      similarity: Math.round(group.similarity * 1000) / 1000,
      diff,
    });
    if (kind === 'changed') {
      for (const raw of pairFindings(leftText, rightText, diff)) findings.push(toFinding(raw, index, leftText, rightText, ls, rs));
    }
  });

  const pairedLeft = new Set(pairs.flatMap((p) => p.left));
  const pairedRight = new Set(pairs.flatMap((p) => p.right));
  const leftOnly = leftSentences.filter((s) => !pairedLeft.has(s.id)).map((s) => s.id);
  const rightOnly = rightSentences.filter((s) => !pairedRight.has(s.id)).map((s) => s.id);

  return {
    left: { label: left.label, sentences: leftSentences },
    right: { label: right.label, sentences: rightSentences },
    pairs,
    leftOnly,
    rightOnly,
    findings,
    stats: computeStats(pairs, findings, leftSentences, rightSentences, leftOnly.length, rightOnly.length),
  };
}

/** Sentences of every paragraph, ids in reading order, offsets into their paragraph. */
export function sentencesOf(version: VersionText, prefix: 'L' | 'R'): Sentence[] {
  const out: Sentence[] = [];
  version.paragraphs.forEach((paragraph, p) => {
    for (const span of splitSentences(paragraph)) {
      out.push({ id: `${prefix}${out.length}`, paragraph: p, text: paragraph.slice(span.start, span.end), start: span.start, end: span.end });
    }
  });
  return out;
}

/**
 * The text a pair's diff runs over: its sentences without trailing whitespace, joined by one
 * space (sentences of one group may come from different paragraphs).
 */
export function groupText(sentences: readonly Pick<Sentence, 'text'>[]): string {
  return sentences.map((s) => s.text.trimEnd()).join(' ');
}

/**
 * Moved pairs: those outside a longest increasing subsequence of the right positions, taken in
 * left order. The LIS is the largest set of pairs that kept their relative order, so the fewest
 * pairs are called moved. O(n log n).
 */
export function movedGroups(rightPositions: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(rightPositions.length).fill(-1);
  rightPositions.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((rightPositions[tails[mid] ?? 0] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i] ?? -1) kept.add(i);
  const moved = new Set<number>();
  rightPositions.forEach((_, i) => {
    if (!kept.has(i)) moved.add(i);
  });
  return moved;
}

/** A group-text range back to a sentence and offsets into its paragraph. */
function locate(range: { start: number; end: number } | null, sentences: readonly Sentence[]): TextRange | null {
  if (!range) return null;
  let offset = 0;
  for (const s of sentences) {
    const length = s.text.trimEnd().length;
    if (range.start < offset + length || s === sentences[sentences.length - 1]) {
      const start = s.start + Math.max(0, range.start - offset);
      const end = Math.min(s.start + length, s.start + (range.end - offset));
      return { sentence: s.id, start, end: Math.max(start, end) };
    }
    offset += length + 1;
  }
  return null;
}

function toFinding(raw: RawFinding, pair: number, leftText: string, rightText: string, ls: Sentence[], rs: Sentence[]): Finding {
  return {
    kind: raw.kind,
    left: raw.left ? leftText.slice(raw.left.start, raw.left.end) : null,
    right: raw.right ? rightText.slice(raw.right.start, raw.right.end) : null,
    pair,
    leftRange: locate(raw.left, ls),
    rightRange: locate(raw.right, rs),
  };
}

function computeStats(pairs: Pair[], findings: Finding[], left: Sentence[], right: Sentence[], leftOnly: number, rightOnly: number): Stats {
  const words = (list: readonly Sentence[]) => list.reduce((n, s) => n + wordCount(s.text), 0);
  const side = (list: Sentence[], paired: Set<string>): SideStats => {
    const total = words(list);
    return { sentences: list.length, words: total, alignedShare: total ? round(words(list.filter((s) => paired.has(s.id))) / total) : 0 };
  };
  const leftStats = side(left, new Set(pairs.flatMap((p) => p.left)));
  const rightStats = side(right, new Set(pairs.flatMap((p) => p.right)));
  const equalWords = pairs.reduce((n, p) => n + p.diff.reduce((m, d) => m + (d.op === 'equal' ? wordCount(d.text) : 0), 0), 0);
  const totalWords = leftStats.words + rightStats.words;
  const count = (kind: Finding['kind']) => findings.filter((f) => f.kind === kind).length;
  return {
    similarity: totalWords ? round((2 * equalWords) / totalWords) : 1,
    left: leftStats,
    right: rightStats,
    identical: pairs.filter((p) => p.kind === 'identical').length,
    changed: pairs.filter((p) => p.kind === 'changed').length,
    moved: pairs.filter((p) => p.moved).length,
    leftOnly,
    rightOnly,
    findings: { name: count('name'), number: count('number'), quote: count('quote') },
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
