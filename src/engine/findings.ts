/**
 * Findings inside an aligned pair: names, numbers and quotations that differ. A reworded
 * sentence is expected; a changed name, figure or quotation is a change of fact or of someone's
 * words, and the reader should see it listed.
 */
import type { DiffPart, FindingKind } from './types.ts';
import { isTitle, TITLES } from './abbreviations.ts';
import { normalizeWord } from './tokens.ts';

export interface RawFinding {
  kind: FindingKind;
  /** Offsets into the pair's left and right group texts, or null when absent on that side. */
  left: { start: number; end: number } | null;
  right: { start: number; end: number } | null;
}

interface Span {
  text: string;
  start: number;
  end: number;
}

/** Capitalised words that start sentences or clauses without naming anyone. */
const NOT_NAMES = new Set(
  'a an the this that these those he she it they we i you his her its their our my your in on at as by for from of to with under over after before during while when where if but and or so yet also then there here what who why how'.split(
    ' ',
  ),
);

const NAME_RUN = /\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*))*/gu;
const NUMBER =
  /(?<![\p{L}\p{N}])(?:\d[\d,.]*\p{L}*|\p{L}+-\d[\d.]*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twice|dozen)(?:-\p{L}+)?)(?![\p{L}\p{N}])/giu;
const QUOTE = /“([^”]*)”|"([^"]*)"/gu;

export function findNames(text: string): Span[] {
  const out: Span[] = [];
  for (const run of text.matchAll(NAME_RUN)) {
    // A run stops after a word whose full stop ends a sentence ("Vietnam. Japan" is two names).
    // Without a full stop, neither the cut nor the initialism and trailing-stop rules apply.
    const dotted = run[0].includes('.');
    const cut = dotted ? /^(?:.*?[^\s.]\.)(?=\s)/u.exec(run[0]) : null;
    const whole =
      cut && !/(?:^|\s)(?:\p{L}\.)+$/u.test(cut[0]) && !isTitle(/(\S+)$/u.exec(cut[0])?.[1] ?? '')
        ? cut[0]
        : run[0];
    let value = whole.replace(/[’']s$/u, '');
    const m = { index: run.index };
    if (dotted ? !/(?:\p{L}\.){2,}$/u.test(value) : value.endsWith(','))
      value = value.replace(/[.,]+$/u, '');
    let start = m.index;
    // Drop leading function words ("The", "During") that are capitalised only by position.
    for (;;) {
      const first = /^(\S+)\s+/u.exec(value);
      const head = (first?.[1] ?? value).replace(/[.’']/gu, '').toLowerCase();
      if (!NOT_NAMES.has(head) && !TITLES.has(head)) break;
      if (!first) {
        value = '';
        break;
      }
      value = value.slice(first[0].length);
      start += first[0].length;
    }
    if (value) out.push({ text: value, start, end: start + value.length });
  }
  return out;
}

export function findNumbers(text: string): Span[] {
  return [...text.matchAll(NUMBER)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

export function findQuotes(text: string): Span[] {
  return [...text.matchAll(QUOTE)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const keysOf = (text: string, normalize: (word: string) => string) =>
  new Set(
    text
      .split(/\s+/u)
      // Titles are dropped before comparing, so "Mr. Kishi" and "Kishi" are one name.
      .filter((w) => !isTitle(w))
      .map((w) => normalize(w.replace(/[^\p{L}\p{N}-]/gu, '')))
      .filter(Boolean),
  );

/** Change hunks of a diff: left and right ranges of each run of deletions and insertions. */
function hunks(diff: readonly DiffPart[]) {
  const out: { left: [number, number]; right: [number, number] }[] = [];
  let l = 0;
  let r = 0;
  let open: { left: [number, number]; right: [number, number] } | null = null;
  for (const part of diff) {
    if (part.op === 'equal') {
      open = null;
      l += part.text.length;
      r += part.text.length;
      continue;
    }
    if (!open) {
      open = { left: [l, l], right: [r, r] };
      out.push(open);
    }
    if (part.op === 'delete') l += part.text.length;
    else r += part.text.length;
    open.left[1] = l;
    open.right[1] = r;
  }
  return out;
}

const overlaps = (span: Span, range: [number, number]) =>
  (span.start < range[1] && span.end > range[0]) ||
  (span.start === range[0] && range[0] === range[1]);

/**
 * Names: a capitalised run only one side has, mapped to one only the other side has when they
 * share a word ("Phan Van Giang" / "Van Van Jung") or stand in the same change of the diff
 * ("Britain" / "United Kingdom"). A name that is the other with words left out ("Kishi" in "Mr.
 * Kishi") is the same name. Unmapped names are not reported: paraphrase moves names around.
 */
function nameFindings(
  left: string,
  right: string,
  diff: readonly DiffPart[],
  normalize: (word: string) => string,
): RawFinding[] {
  const leftNames = findNames(left);
  const rightNames = findNames(right);
  // Each name's words, normalised once: the passes below compare every name with every other.
  const keysOfName = new Map<Span, Set<string>>();
  const nameKeys = (name: Span) => {
    let keys = keysOfName.get(name);
    if (!keys) {
      keys = keysOf(name.text, normalize);
      keysOfName.set(name, keys);
    }
    return keys;
  };
  const rightKeys = rightNames.map(nameKeys);
  const leftKeys = leftNames.map(nameKeys);
  const contained = (a: Set<string>, others: Set<string>[]) =>
    others.some((b) => [...a].every((k) => b.has(k)));
  const leftOnly = leftNames.filter((_, i) => !contained(leftKeys[i] ?? new Set(), rightKeys));
  const rightOnly = rightNames.filter((_, i) => !contained(rightKeys[i] ?? new Set(), leftKeys));
  // A local substitution: a change of a few words on each side, like "Britain" for "the United Kingdom".
  const changes = hunks(diff).filter(
    (h) => wordsIn(left, h.left) <= MAX_HUNK_WORDS && wordsIn(right, h.right) <= MAX_HUNK_WORDS,
  );
  const used = new Set<Span>();
  const matched = new Map<Span, Span>();
  // Shared words first (the stronger evidence), then position in the same local change.
  const passes: ((l: Span, r: Span) => boolean)[] = [
    (l, r) => [...nameKeys(r)].some((k) => nameKeys(l).has(k)),
    (l, r) => changes.some((h) => overlaps(l, h.left) && overlaps(r, h.right)),
  ];
  for (const test of passes) {
    for (const name of leftOnly) {
      if (matched.has(name)) continue;
      const match = rightOnly.find((r) => !used.has(r) && test(name, r));
      if (!match) continue;
      used.add(match);
      matched.set(name, match);
    }
  }
  return leftOnly.flatMap((name) => {
    const match = matched.get(name);
    return match ? [{ kind: 'name' as const, left: name, right: match }] : [];
  });
}

/** A change longer than this on either side is a rewording, not a substitution of one name. */
const MAX_HUNK_WORDS = 4;
const wordsIn = (text: string, [from, to]: [number, number]) =>
  text.slice(from, to).split(/\s+/u).filter(Boolean).length;

/**
 * Numbers: a figure only one side has. Mapped to the other side's when they share digits
 * ("11th" / "11NS") or stand in the same change; otherwise reported as vanished or appeared, since
 * a figure dropped from a sentence that otherwise says the same thing is a change of fact.
 */
function numberFindings(left: string, right: string, diff: readonly DiffPart[]): RawFinding[] {
  const norm = (s: string) => s.toLowerCase().replace(/,/g, '');
  const leftNumbers = findNumbers(left);
  const rightNumbers = findNumbers(right);
  const rightSet = new Set(rightNumbers.map((n) => norm(n.text)));
  const leftSet = new Set(leftNumbers.map((n) => norm(n.text)));
  const leftOnly = leftNumbers.filter((n) => !rightSet.has(norm(n.text)));
  const rightOnly = rightNumbers.filter((n) => !leftSet.has(norm(n.text)));
  const changes = hunks(diff);
  const digits = (s: string) => s.replace(/\D/g, '');
  const used = new Set<Span>();
  const out: RawFinding[] = [];
  for (const number of leftOnly) {
    const match =
      rightOnly.find(
        (r) => !used.has(r) && digits(r.text) !== '' && digits(r.text) === digits(number.text),
      ) ??
      rightOnly.find(
        (r) =>
          !used.has(r) && changes.some((h) => overlaps(number, h.left) && overlaps(r, h.right)),
      );
    if (match) used.add(match);
    out.push({ kind: 'number', left: number, right: match ?? null });
  }
  for (const number of rightOnly)
    if (!used.has(number)) out.push({ kind: 'number', left: null, right: number });
  return out;
}

/**
 * Quotations: one whose words changed (matched to the other side's quotation that shares most
 * of its words), one that vanished, and one that appeared. An identical quotation is no finding.
 */
function quoteFindings(
  left: string,
  right: string,
  normalize: (word: string) => string,
): RawFinding[] {
  const inner = (q: string) => q.slice(1, -1).replace(/[,.]$/u, '').trim();
  const leftQuotes = findQuotes(left);
  const rightQuotes = findQuotes(right);
  const same = (a: Span, b: Span) => inner(a.text) === inner(b.text);
  const leftOnly = leftQuotes.filter((q) => !rightQuotes.some((r) => same(q, r)));
  const rightOnly = rightQuotes.filter((q) => !leftQuotes.some((l) => same(l, q)));
  const used = new Set<Span>();
  const out: RawFinding[] = [];
  for (const quote of leftOnly) {
    const keys = keysOf(inner(quote.text), normalize);
    let best: Span | null = null;
    let bestScore = 0;
    for (const r of rightOnly) {
      if (used.has(r)) continue;
      const other = keysOf(inner(r.text), normalize);
      const common = [...keys].filter((k) => other.has(k)).length;
      const score = (2 * common) / (keys.size + other.size || 1);
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    if (best && bestScore >= 0.3) used.add(best);
    else best = null;
    out.push({ kind: 'quote', left: quote, right: best });
  }
  for (const quote of rightOnly)
    if (!used.has(quote)) out.push({ kind: 'quote', left: null, right: quote });
  return out;
}

/**
 * Every finding of one pair, names first, then numbers, then quotes, each in left order.
 * `normalize` reads a word as `normalizeWord` does; a comparison passes one memoised normalizer
 * to all its pairs, since stemming the same words again is most of the cost of reading names.
 */
export function pairFindings(
  left: string,
  right: string,
  diff: readonly DiffPart[],
  normalize: (word: string) => string = normalizeWord,
): RawFinding[] {
  return [
    ...nameFindings(left, right, diff, normalize),
    ...numberFindings(left, right, diff),
    ...quoteFindings(left, right, normalize),
  ];
}
