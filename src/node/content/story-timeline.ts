/**
 * What the build says about a story's history, from the comparisons it has already computed:
 * each version's step against the one before it (words added and removed, similarity) and its
 * drift from the first, and home's one-line digest of the whole story (first against latest).
 */
import { wordCount } from '../../engine/tokens.ts';
import type { Comparison } from '../../engine/types.ts';
import { rankFindings } from '../../engine/rank-findings.ts';
import { round, SHOWN } from '../../engine/round.ts';
import { capitalize } from '../../engine/version-name.ts';
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
      similarity: round(step.stats.shared, SHOWN),
      drift: round(1 - fromFirst.stats.shared, SHOWN),
    };
  });
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
  // The same order as the comparison's verdict, so home leads with the same finding.
  const top = rankFindings(comparison.findings)[0]?.finding;
  return {
    similarity: round(comparison.stats.similarity, SHOWN),
    finding: top ? { kind: top.kind, text: `${capitalize(top.text)}.` } : null,
    updated,
  };
}
