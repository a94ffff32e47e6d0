/**
 * What the build says about a story's history, from the comparisons it has already computed:
 * each version's step against the one before it (words added and removed, similarity) and its
 * drift from the first, and home's one-line digest of the whole story (first against latest).
 */
import { wordCount } from '../../engine/tokens.ts';
import type { Comparison, Finding } from '../../engine/types.ts';
import type { Article } from '../../domain/article.ts';
import type { StoryDigest, TimelineStep } from '../../domain/story.ts';

/** Words the right side has that the left lacks, and the reverse: changed runs inside aligned
 * pairs plus whole sentences only one side has. */
export function wordsChanged(comparison: Comparison): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const pair of comparison.pairs)
    for (const part of pair.diff) {
      if (part.op === 'insert') added += wordCount(part.text);
      else if (part.op === 'delete') removed += wordCount(part.text);
    }
  const text = (side: Comparison['left'], ids: readonly string[]) => {
    const only = new Set(ids);
    return side.sentences.reduce((n, s) => n + (only.has(s.id) ? wordCount(s.text) : 0), 0);
  };
  added += text(comparison.right, comparison.rightOnly);
  removed += text(comparison.left, comparison.leftOnly);
  return { added, removed };
}

/**
 * The timeline of a story's versions (oldest first). `compared(a, b)` gives the comparison of
 * two of them; only adjacent pairs and pairs with the first are asked for.
 */
export function storyTimeline(
  versions: readonly Article[],
  compared: (left: Article, right: Article) => Comparison,
): TimelineStep[] {
  const first = versions[0];
  return versions.map((version, i) => {
    const previous = versions[i - 1];
    if (!first || !previous)
      return {
        id: version.id,
        headlineChanged: false,
        added: 0,
        removed: 0,
        similarity: null,
        drift: 0,
      };
    const step = compared(previous, version);
    const fromFirst = previous === first ? step : compared(first, version);
    return {
      id: version.id,
      headlineChanged: (version.headline ?? null) !== (previous.headline ?? null),
      ...wordsChanged(step),
      similarity: round(step.stats.shared),
      drift: round(1 - fromFirst.stats.shared),
    };
  });
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Findings by how much they matter to a reader: a name or number that changed into something
 * else first (the likeliest errors), then quotations dropped, added or altered, then a name or
 * number that only one version has. Ties keep the reading order.
 */
function weight(finding: Finding): number {
  const changed = finding.left !== null && finding.right !== null;
  if (finding.kind !== 'quote') return changed ? 0 : 2;
  return 1;
}

const clip = (text: string, max = 90) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/** One finding said in words, as home shows it. A quotation carries its own marks. */
export function describeFinding(finding: Finding, leftLabel: string, rightLabel: string): string {
  const { left, right } = finding;
  const quote = finding.kind === 'quote';
  const what =
    finding.kind === 'name' ? 'name' : finding.kind === 'number' ? 'figure' : 'quotation';
  const say = (text: string, max?: number) => (quote ? clip(text, max) : `“${clip(text, max)}”`);
  if (left !== null && right !== null)
    return quote
      ? `A quotation changes: ${say(left, 60)} becomes ${say(right, 60)} in the ${rightLabel}.`
      : `The ${what} ${say(left)} becomes ${say(right)} in the ${rightLabel}.`;
  if (right !== null)
    return `The ${rightLabel} adds a ${what} not in the ${leftLabel}: ${say(right)}.`;
  return `The ${rightLabel} drops a ${what} from the ${leftLabel}: ${say(left ?? '')}.`;
}

/** Home's digest of a story: the first version against the latest. */
export function storyDigest(
  versions: readonly Article[],
  compared: (left: Article, right: Article) => Comparison,
): StoryDigest {
  const dates = versions.flatMap((v) => (v.date ? [v.date] : [])).sort();
  const updated = dates.at(-1) ?? null;
  const first = versions[0];
  const latest = versions.at(-1);
  if (!first || !latest || first === latest) return { similarity: null, finding: null, updated };
  const comparison = compared(first, latest);
  const ranked = comparison.findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => weight(a.finding) - weight(b.finding) || a.order - b.order);
  const top = ranked[0]?.finding;
  return {
    similarity: round(comparison.stats.similarity),
    finding: top ? { kind: top.kind, text: describeFinding(top, first.label, latest.label) } : null,
    updated,
  };
}
