/**
 * The comparison engine's input and output. The output's field names are a public contract (the
 * `compare --json` command prints it): fields may be added, never renamed or given new meaning.
 */

/** One version as the engine sees it: plain-text paragraphs, in order. */
export interface VersionText {
  label: string | null;
  paragraphs: readonly string[];
}

export interface Sentence {
  /** `L0`, `L1`… on the left, `R0`… on the right, in reading order. */
  id: string;
  paragraph: number;
  /** The sentence as written, trailing whitespace included, so sentences rebuild the paragraph. */
  text: string;
  /** Character offsets into the paragraph: `paragraph.slice(start, end) === text`. */
  start: number;
  end: number;
}

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  op: DiffOp;
  text: string;
}

export interface Pair {
  /** Sentence ids of each side; more than one when a sentence was split or merged. */
  left: string[];
  right: string[];
  kind: 'identical' | 'changed';
  /**
   * A changed pair whose sides differ only in punctuation, case, whitespace, quote style or
   * spelling within edit distance 2 per word (see `minor.ts`); false for identical pairs.
   */
  minor: boolean;
  /** The pair stands in a different order relative to the other pairs. */
  moved: boolean;
  /** Weighted content-word overlap of the two sides, 0..1 (see `align.ts`). */
  similarity: number;
  /** Word diff of the left group text into the right group text (see `groupText`). */
  diff: DiffPart[];
}

/** Where a finding's text stands: a sentence and character offsets into its paragraph. */
export interface TextRange {
  sentence: string;
  start: number;
  end: number;
}

export type FindingKind = 'name' | 'number' | 'quote';

export interface Finding {
  kind: FindingKind;
  /** The left text, or null when it appeared only on the right. */
  left: string | null;
  /** The right text, or null when it vanished from the right. */
  right: string | null;
  /** Index into `pairs`. */
  pair: number;
  leftRange: TextRange | null;
  rightRange: TextRange | null;
  /** How much it matters (see `finding-weight.ts`): a likely error, a change of meaning, or style. */
  weight: FindingWeight;
  /**
   * The finding said in words with the versions' labels (`describe-finding.ts`): "“11th” became
   * “11NS” in the Scraped rewrite". Written once by the engine, so no reader downloads the rules.
   */
  text: string;
  /** Why a likely error is flagged ("“11NS” is not a number as written"); null otherwise. */
  reason: string | null;
}

/** Most important first. */
export type FindingWeight = 'error' | 'meaning' | 'style';

export interface SideStats {
  sentences: number;
  words: number;
  /** Share of this side's words that lie in aligned pairs, 0..1. */
  alignedShare: number;
}

export interface Stats {
  /**
   * Overall similarity, 0..1: how much of one version the other reproduces, taking the side it
   * reproduces better. For each side, the similarity of each aligned pair weighted by that side's
   * words in it, summed, divided by that side's words; one-side-only sentences count 0; the larger
   * of the two. So a copy of part of a text scores as a copy (1), a light rewording above a heavy
   * one, an unrelated text 0; identical texts score 1. Symmetric: swapping the sides keeps it.
   */
  similarity: number;
  /**
   * The words of both versions the other reproduces, each pair counted by its similarity, over
   * the words of both: below 1 whenever either side adds or drops text (a story's timeline shows
   * this, so an added paragraph never reads as "100% similar"). Symmetric.
   */
  shared: number;
  left: SideStats;
  right: SideStats;
  identical: number;
  changed: number;
  /** Changed pairs that are minor, and the rest: `minor + substantive === changed`. */
  minor: number;
  substantive: number;
  moved: number;
  leftOnly: number;
  rightOnly: number;
  findings: Record<FindingKind, number>;
}

export interface SideResult {
  label: string | null;
  sentences: Sentence[];
}

export interface Comparison {
  left: SideResult;
  right: SideResult;
  pairs: Pair[];
  leftOnly: string[];
  rightOnly: string[];
  findings: Finding[];
  stats: Stats;
  summary: ComparisonSummary;
}

/** What the comparison found, in words, with the versions' labels (summarize.ts). */
export interface ComparisonSummary {
  /** One sentence: "The Scraped rewrite keeps 8 of the AP original’s 14 sentences, …". */
  verdict: string;
  /** Read after the verdict by screen readers: the counts, each likely error, changes of meaning. */
  spoken: string;
  /** A compact line for phones: "23% similar · 25 changes · 2 likely errors". */
  compact: string;
}

/** Shipped form: offsets and lengths only; texts come back from the article bodies. */
export interface CompactComparison {
  /** Per side: [paragraph, start, end] of each sentence, in id order. */
  l: [number, number, number][];
  r: [number, number, number][];
  /**
   * Pairs: [left sentence indexes, right sentence indexes, identical?1:0, moved?1:0,
   * similarity×1000, diff, minor?1:0]. New fields go at the end, so older indexes keep meaning.
   */
  p: [number[], number[], 0 | 1, 0 | 1, number, number[], 0 | 1][];
  /**
   * Findings: [kind, pair, left range, right range, weight, text, reason] (ranges as
   * [sentence, start, end]).
   */
  f: [
    FindingKind,
    number,
    [number, number, number] | null,
    [number, number, number] | null,
    FindingWeight,
    string,
    string | null,
  ][];
  s: Stats;
  /** The summary: [verdict, spoken, compact]. */
  v: [string, string, string];
}
