/**
 * The shipped form of a comparison: sentence offsets, pair membership and diff run lengths, no
 * copies of the text. The browser rebuilds the full `Comparison` from the article paragraphs it
 * already has, so a comparison costs a few hundred bytes per pair instead of the text twice over.
 */
import { groupText } from './group-text.ts';
import type {
  CompactComparison,
  Comparison,
  DiffOp,
  Finding,
  Sentence,
  TextRange,
  VersionText,
} from './types.ts';

const OPS: DiffOp[] = ['equal', 'delete', 'insert'];

export function encodeComparison(c: Comparison): CompactComparison {
  const leftIndex = new Map(c.left.sentences.map((s, i) => [s.id, i]));
  const rightIndex = new Map(c.right.sentences.map((s, i) => [s.id, i]));
  const range = (
    r: TextRange | null,
    index: Map<string, number>,
  ): [number, number, number] | null => (r ? [index.get(r.sentence) ?? -1, r.start, r.end] : null);
  return {
    l: c.left.sentences.map((s) => [s.paragraph, s.start, s.end]),
    r: c.right.sentences.map((s) => [s.paragraph, s.start, s.end]),
    p: c.pairs.map((p) => [
      p.left.map((id) => leftIndex.get(id) ?? -1),
      p.right.map((id) => rightIndex.get(id) ?? -1),
      p.kind === 'identical' ? 1 : 0,
      p.moved ? 1 : 0,
      Math.round(p.similarity * 1000),
      // One number per run: length × 3 + op.
      p.diff.map((d) => d.text.length * 3 + OPS.indexOf(d.op)),
      p.minor ? 1 : 0,
    ]),
    f: c.findings.map((f) => [
      f.kind,
      f.pair,
      range(f.leftRange, leftIndex),
      range(f.rightRange, rightIndex),
      f.weight,
      f.text,
      f.reason,
    ]),
    s: c.stats,
    v: [c.summary.verdict, c.summary.spoken, c.summary.compact],
  };
}

export function decodeComparison(
  compact: CompactComparison,
  left: VersionText,
  right: VersionText,
): Comparison {
  const sentences = (
    rows: CompactComparison['l'],
    version: VersionText,
    prefix: string,
  ): Sentence[] =>
    rows.map(([paragraph, start, end], i) => ({
      id: `${prefix}${i}`,
      paragraph,
      start,
      end,
      text: (version.paragraphs[paragraph] ?? '').slice(start, end),
    }));
  const ls = sentences(compact.l, left, 'L');
  const rs = sentences(compact.r, right, 'R');
  const pick = (list: Sentence[], indexes: number[]) => indexes.flatMap((i) => list[i] ?? []);

  const pairs = compact.p.map(([li, ri, identical, moved, similarity, runs, minor]) => {
    const leftText = groupText(pick(ls, li));
    const rightText = groupText(pick(rs, ri));
    let l = 0;
    let r = 0;
    const diff = runs.map((code) => {
      const op = OPS[code % 3] ?? 'equal';
      const length = Math.floor(code / 3);
      let text: string;
      if (op === 'insert') {
        text = rightText.slice(r, r + length);
        r += length;
      } else {
        text = leftText.slice(l, l + length);
        l += length;
        if (op === 'equal') r += length;
      }
      return { op, text };
    });
    return {
      left: li.map((i) => `L${i}`),
      right: ri.map((i) => `R${i}`),
      kind: identical ? ('identical' as const) : ('changed' as const),
      moved: moved === 1,
      minor: minor === 1,
      similarity: similarity / 1000,
      diff,
    };
  });

  const toRange = (row: [number, number, number] | null, list: Sentence[]): TextRange | null =>
    row ? { sentence: list[row[0]]?.id ?? '', start: row[1], end: row[2] } : null;
  const textOf = (row: [number, number, number] | null, list: Sentence[], version: VersionText) => {
    const sentence = row ? list[row[0]] : undefined;
    return row && sentence
      ? (version.paragraphs[sentence.paragraph] ?? '').slice(row[1], row[2])
      : null;
  };
  const findings: Finding[] = compact.f.map(([kind, pair, lr, rr, weight, text, reason]) => ({
    kind,
    left: textOf(lr, ls, left),
    right: textOf(rr, rs, right),
    pair,
    leftRange: toRange(lr, ls),
    rightRange: toRange(rr, rs),
    weight,
    text,
    reason,
  }));

  const pairedLeft = new Set(pairs.flatMap((p) => p.left));
  const pairedRight = new Set(pairs.flatMap((p) => p.right));
  return {
    left: { label: left.label, sentences: ls },
    right: { label: right.label, sentences: rs },
    pairs,
    leftOnly: ls.filter((s) => !pairedLeft.has(s.id)).map((s) => s.id),
    rightOnly: rs.filter((s) => !pairedRight.has(s.id)).map((s) => s.id),
    findings,
    stats: compact.s,
    summary: { verdict: compact.v[0], spoken: compact.v[1], compact: compact.v[2] },
  };
}
