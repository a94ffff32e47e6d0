/**
 * Compare two versions of a story: sentences, alignment, word diffs, findings and stats.
 * Pure and deterministic: the build, the browser and the `compare` command all call this.
 */
import { alignSentences } from './align.ts';
import { groupText } from './group-text.ts';
import { pairFindings, type RawFinding } from './findings.ts';
import { classifyChange } from './finding-weight.ts';
import { describeFinding, errorReason } from './describe-finding.ts';
import { isMinorChange } from './minor.ts';
import { reproduction } from './reuse.ts';
import { round, SHOWN } from './round.ts';
import { movedGroups } from './moved.ts';
import { splitParagraphs } from './sentences.ts';
import { memoizedNormalizer, wordCount } from './tokens.ts';
import type {
  Comparison,
  Finding,
  Pair,
  Sentence,
  SideStats,
  Stats,
  TextRange,
  VersionText,
} from './types.ts';
import { summarize } from './summarize.ts';
import { wordDiff } from './word-diff.ts';

export function compareVersions(left: VersionText, right: VersionText): Comparison {
  const leftSentences = sentencesOf(left, 'L');
  const rightSentences = sentencesOf(right, 'R');
  const groups = alignSentences(
    leftSentences.map((s) => s.text),
    rightSentences.map((s) => s.text),
  );

  const moved = movedGroups(groups.map((g) => g.right[0] ?? 0));
  const normalize = memoizedNormalizer();
  const pairs: Pair[] = [];
  const findings: Finding[] = [];
  // How much each pair reproduces of the other, in content and in wording (reuse.ts).
  const reproduced: number[] = [];
  groups.forEach((group, index) => {
    const ls = group.left.flatMap((i) => leftSentences[i] ?? []);
    const rs = group.right.flatMap((i) => rightSentences[i] ?? []);
    const leftText = groupText(ls);
    const rightText = groupText(rs);
    const diff = wordDiff(leftText, rightText);
    const kind = leftText === rightText ? 'identical' : 'changed';
    reproduced.push(reproduction(group.similarity, leftText, rightText));
    pairs.push({
      left: ls.map((s) => s.id),
      right: rs.map((s) => s.id),
      kind,
      minor: kind === 'changed' && isMinorChange(leftText, rightText),
      moved: moved.has(index),
      similarity: round(group.similarity, SHOWN),
      diff,
    });
    if (kind === 'changed') {
      for (const raw of pairFindings(leftText, rightText, diff, normalize))
        findings.push(toFinding(raw, index, ls, rs, left, right));
    }
  });

  const pairedLeft = new Set(pairs.flatMap((p) => p.left));
  const pairedRight = new Set(pairs.flatMap((p) => p.right));
  const leftOnly = leftSentences.filter((s) => !pairedLeft.has(s.id)).map((s) => s.id);
  const rightOnly = rightSentences.filter((s) => !pairedRight.has(s.id)).map((s) => s.id);

  const result = {
    left: { label: left.label, sentences: leftSentences },
    right: { label: right.label, sentences: rightSentences },
    pairs,
    leftOnly,
    rightOnly,
    findings,
    stats: computeStats(
      pairs,
      reproduced,
      findings,
      leftSentences,
      rightSentences,
      leftOnly.length,
      rightOnly.length,
    ),
  };
  return { ...result, summary: summarize(result, { left: left.label, right: right.label }) };
}

/** Sentences of every paragraph, ids in reading order, offsets into their paragraph. */
export function sentencesOf(version: VersionText, prefix: 'L' | 'R'): Sentence[] {
  const out: Sentence[] = [];
  const spans = splitParagraphs(version.paragraphs);
  version.paragraphs.forEach((paragraph, p) => {
    for (const span of spans[p] ?? []) {
      out.push({
        id: `${prefix}${out.length}`,
        paragraph: p,
        text: paragraph.slice(span.start, span.end),
        start: span.start,
        end: span.end,
      });
    }
  });
  return out;
}

/**
 * A group-text range back to the paragraph: the sentence it starts in and offsets into that
 * sentence's paragraph. A range that runs on into the next paragraph stops at the paragraph's end.
 */
function locate(
  range: { start: number; end: number } | null,
  sentences: readonly Sentence[],
): TextRange | null {
  if (!range || sentences.length === 0) return null;
  const at = (offset: number, preferNext: boolean) => {
    let base = 0;
    for (const [i, s] of sentences.entries()) {
      const length = s.text.trimEnd().length;
      const last = i === sentences.length - 1;
      if (offset < base + length || (offset === base + length && !preferNext) || last) {
        return { sentence: s, position: s.start + Math.min(Math.max(0, offset - base), length) };
      }
      base += length + 1;
    }
    return null;
  };
  const from = at(range.start, true);
  const to = at(range.end, false);
  if (!from || !to) return null;
  const end =
    to.sentence.paragraph === from.sentence.paragraph
      ? to.position
      : from.sentence.start + from.sentence.text.trimEnd().length;
  return { sentence: from.sentence.id, start: from.position, end: Math.max(from.position, end) };
}

function toFinding(
  raw: RawFinding,
  pair: number,
  ls: Sentence[],
  rs: Sentence[],
  left: VersionText,
  right: VersionText,
): Finding {
  const leftRange = locate(raw.left, ls);
  const rightRange = locate(raw.right, rs);
  // The text is read back from the paragraph, exactly as the shipped form will rebuild it.
  const textOf = (r: TextRange | null, list: Sentence[], version: VersionText) => {
    const sentence = r ? list.find((s) => s.id === r.sentence) : undefined;
    return r && sentence
      ? (version.paragraphs[sentence.paragraph] ?? '').slice(r.start, r.end)
      : null;
  };
  const said = {
    kind: raw.kind,
    left: textOf(leftRange, ls, left),
    right: textOf(rightRange, rs, right),
  };
  const weight = classifyChange(said.kind, said.left, said.right);
  return {
    ...said,
    pair,
    leftRange,
    rightRange,
    weight,
    text: describeFinding(said, weight, { left: left.label, right: right.label }),
    reason: weight === 'error' ? errorReason(said) : null,
  };
}

function computeStats(
  pairs: Pair[],
  reproduced: readonly number[],
  findings: Finding[],
  left: Sentence[],
  right: Sentence[],
  leftOnly: number,
  rightOnly: number,
): Stats {
  // Each sentence's words counted once: counting is most of the cost of the stats.
  const counts = new Map([...left, ...right].map((s) => [s.id, wordCount(s.text)]));
  const words = (list: readonly Sentence[]) =>
    list.reduce((n, s) => n + (counts.get(s.id) ?? 0), 0);
  const side = (list: Sentence[], paired: Set<string>): SideStats => {
    const total = words(list);
    return {
      sentences: list.length,
      words: total,
      alignedShare: total ? round(words(list.filter((s) => paired.has(s.id))) / total, SHOWN) : 0,
    };
  };
  const leftStats = side(left, new Set(pairs.flatMap((p) => p.left)));
  const rightStats = side(right, new Set(pairs.flatMap((p) => p.right)));
  const wordsOf = (ids: readonly string[]) => ids.reduce((n, id) => n + (counts.get(id) ?? 0), 0);
  // How much of each side the aligned pairs reproduce, each pair counted by its reproduction.
  const cover = (side: 'left' | 'right', total: number) =>
    total ? pairs.reduce((n, p, i) => n + (reproduced[i] ?? 0) * wordsOf(p[side]), 0) / total : 0;
  const totalWords = leftStats.words + rightStats.words;
  const weighted =
    Math.max(cover('left', leftStats.words), cover('right', rightStats.words)) * totalWords;
  const count = (kind: Finding['kind']) => findings.filter((f) => f.kind === kind).length;
  return {
    similarity: totalWords ? round(weighted / totalWords, SHOWN) : 1,
    shared: totalWords
      ? round(
          (cover('left', leftStats.words) * leftStats.words +
            cover('right', rightStats.words) * rightStats.words) /
            totalWords,
          SHOWN,
        )
      : 1,
    left: leftStats,
    right: rightStats,
    identical: pairs.filter((p) => p.kind === 'identical').length,
    changed: pairs.filter((p) => p.kind === 'changed').length,
    minor: pairs.filter((p) => p.minor).length,
    substantive: pairs.filter((p) => p.kind === 'changed' && !p.minor).length,
    moved: pairs.filter((p) => p.moved).length,
    leftOnly,
    rightOnly,
    findings: { name: count('name'), number: count('number'), quote: count('quote') },
  };
}
