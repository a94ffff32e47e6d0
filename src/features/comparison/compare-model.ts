/**
 * What the comparison view shows, derived once from the engine's result: each side's sentences
 * in their own paragraphs and order, each with its status, its pair and the word changes that
 * fall inside it; and the list of changes that next/previous and the filters walk through.
 * Pure functions: no React, no DOM.
 */
import type { Comparison } from '../../engine/types.ts';

export type Side = 'left' | 'right';
export type SegmentOp = 'equal' | 'insert' | 'delete';

export interface Segment {
  op: SegmentOp;
  text: string;
}

export interface SentenceView {
  id: string;
  side: Side;
  paragraph: number;
  /** `identical` and `changed` are paired; `only` has no counterpart in the other version. */
  status: 'identical' | 'changed' | 'only';
  moved: boolean;
  /** Index of the pair in `comparison.pairs`, or null for a one-side-only sentence. */
  pair: number | null;
  /** The sentence's text split into runs; for a changed pair, the removed or added words. */
  segments: Segment[];
  /** Paragraph of the counterpart in the other version (for "moved from ¶3"), or null. */
  otherParagraph: number | null;
}

export interface SideView {
  label: string | null;
  /** Sentences grouped by paragraph, in the version's own order. */
  paragraphs: SentenceView[][];
  byId: ReadonlyMap<string, SentenceView>;
}

export type ChangeKind =
  'changed' | 'moved' | 'left-only' | 'right-only' | 'name' | 'number' | 'quote';

export interface ChangeItem {
  /** Stable id used in the URL hash: `pair-3`, `only-L4`, `only-R2`, `finding-0`. */
  id: string;
  kind: ChangeKind;
  /** Every kind that applies: a pair can be both changed and moved. */
  kinds: ChangeKind[];
  left: string[];
  right: string[];
  /** The pair this change lies in (pairs and findings), or null for a one-side-only sentence. */
  pair: number | null;
  /** A change of punctuation, case, quote style or spelling only (the engine's `Pair.minor`). */
  minor: boolean;
  /** One line for lists and screen readers. */
  summary: string;
}

export interface CompareModel {
  left: SideView;
  right: SideView;
  /** Every change in reading order of the left version, right-only ones where they fall. */
  changes: ChangeItem[];
}

export const pairAnchor = (pair: number) => `pair-${pair + 1}`;
export const onlyAnchor = (sentenceId: string) => `only-${sentenceId}`;
export const findingAnchor = (finding: number) => `finding-${finding + 1}`;

export function buildCompareModel(comparison: Comparison): CompareModel {
  const left = buildSide(comparison, 'left');
  const right = buildSide(comparison, 'right');
  for (const pair of comparison.pairs) {
    const leftViews = pair.left.flatMap((id) => left.byId.get(id) ?? []);
    const rightViews = pair.right.flatMap((id) => right.byId.get(id) ?? []);
    for (const view of leftViews) view.otherParagraph = rightViews[0]?.paragraph ?? null;
    for (const view of rightViews) view.otherParagraph = leftViews[0]?.paragraph ?? null;
  }
  return { left, right, changes: buildChanges(comparison, left, right) };
}

function buildSide(comparison: Comparison, side: Side): SideView {
  const sentences = comparison[side].sentences;
  const views = new Map<string, SentenceView>();
  for (const s of sentences) {
    views.set(s.id, {
      id: s.id,
      side,
      paragraph: s.paragraph,
      status: 'only',
      moved: false,
      pair: null,
      segments: [{ op: 'equal', text: s.text }],
      otherParagraph: null,
    });
  }
  comparison.pairs.forEach((pair, index) => {
    const ids = pair[side];
    const ownOp: SegmentOp = side === 'left' ? 'delete' : 'insert';
    const parts = pair.diff.filter((p) => p.op === 'equal' || p.op === ownOp);
    const texts = ids.map((id) => views.get(id)?.segments[0]?.text ?? '');
    const perSentence = projectDiff(parts, texts);
    ids.forEach((id, i) => {
      const view = views.get(id);
      if (!view) return;
      view.status = pair.kind;
      view.moved = pair.moved;
      view.pair = index;
      view.segments = perSentence[i] ?? view.segments;
    });
  });
  const paragraphs: SentenceView[][] = [];
  for (const s of sentences) {
    const view = views.get(s.id);
    if (!view) continue;
    (paragraphs[s.paragraph] ??= []).push(view);
  }
  // A paragraph with no sentence (empty text) still keeps its place.
  for (let i = 0; i < paragraphs.length; i++) paragraphs[i] ??= [];
  return { label: comparison[side].label, paragraphs, byId: views };
}

/**
 * Split one side of a pair's diff (its equal runs plus its own deleted or inserted runs) over the
 * sentences of the group. The runs spell the sentences' texts in order, possibly with separators
 * the engine added between them, so each sentence is located in the run text and the runs are
 * cut at its bounds. If the texts cannot be located (they always can for the engine's output),
 * the sentence falls back to its plain text rather than showing wrong marks.
 */
export function projectDiff(parts: readonly Segment[], sentences: readonly string[]): Segment[][] {
  const stream = parts.map((p) => p.text).join('');
  const bounds: [number, number][] = [];
  let cursor = 0;
  for (const text of sentences) {
    const at = stream.indexOf(text, cursor);
    if (at < 0) return sentences.map((t) => [{ op: 'equal', text: t }]);
    bounds.push([at, at + text.length]);
    cursor = at + text.length;
  }
  const result: Segment[][] = sentences.map(() => []);
  let offset = 0;
  for (const part of parts) {
    const start = offset;
    const end = offset + part.text.length;
    offset = end;
    bounds.forEach(([from, to], i) => {
      const a = Math.max(start, from);
      const b = Math.min(end, to);
      if (a >= b) return;
      const text = stream.slice(a, b);
      const list = result[i] ?? [];
      const last = list[list.length - 1];
      if (last && last.op === part.op) last.text += text;
      else list.push({ op: part.op, text });
      result[i] = list;
    });
  }
  return result;
}

function buildChanges(comparison: Comparison, left: SideView, right: SideView): ChangeItem[] {
  const leftOrder = new Map([...left.byId.keys()].map((id, i) => [id, i]));
  const rightOrder = [...right.byId.keys()];
  const positioned: { position: number; item: ChangeItem }[] = [];
  const first = (ids: readonly string[]) =>
    Math.min(...ids.map((id) => leftOrder.get(id) ?? Infinity));

  // Each pair counts once, so the kinds add up to the total: a moved pair is `moved` whether or
  // not it was also reworded (its summary says which).
  comparison.pairs.forEach((pair, index) => {
    if (pair.kind === 'identical' && !pair.moved) return;
    const kind: ChangeKind = pair.moved ? 'moved' : 'changed';
    const kinds: ChangeKind[] = [kind];
    const what = pair.moved
      ? pair.kind === 'changed'
        ? 'moved and reworded'
        : 'moved'
      : 'reworded';
    positioned.push({
      position: first(pair.left),
      item: {
        id: pairAnchor(index),
        kind,
        kinds,
        left: [...pair.left],
        right: [...pair.right],
        pair: index,
        minor: pair.minor,
        summary: `${what}: pair ${index + 1}`,
      },
    });
  });

  for (const id of comparison.leftOnly) {
    positioned.push({
      position: leftOrder.get(id) ?? 0,
      item: {
        id: onlyAnchor(id),
        kind: 'left-only',
        kinds: ['left-only'],
        left: [id],
        right: [],
        pair: null,
        minor: false,
        summary: `only in ${left.label ?? 'left'}`,
      },
    });
  }

  // A right-only sentence sits after the left position of the nearest paired sentence before it.
  let lastLeftPosition = -1;
  for (const id of rightOrder) {
    const view = right.byId.get(id);
    if (!view) continue;
    if (view.pair !== null) {
      const pair = comparison.pairs[view.pair];
      if (pair) lastLeftPosition = first(pair.left);
    } else {
      positioned.push({
        position: lastLeftPosition + 0.5,
        item: {
          id: onlyAnchor(id),
          kind: 'right-only',
          kinds: ['right-only'],
          left: [],
          right: [id],
          pair: null,
          minor: false,
          summary: `only in ${right.label ?? 'right'}`,
        },
      });
    }
  }

  comparison.findings.forEach((finding, index) => {
    const pair = comparison.pairs[finding.pair];
    if (!pair) return;
    positioned.push({
      position: first(pair.left) + 0.25,
      item: {
        id: findingAnchor(index),
        kind: finding.kind,
        kinds: [finding.kind],
        left: [...pair.left],
        right: [...pair.right],
        pair: finding.pair,
        minor: false,
        summary: `${finding.kind}: ${finding.left ?? '(none)'} → ${finding.right ?? '(none)'}`,
      },
    });
  });

  // Stable sort keeps the insertion order (pairs, left-only, right-only, findings) for ties.
  return positioned.sort((a, b) => a.position - b.position).map((p) => p.item);
}
