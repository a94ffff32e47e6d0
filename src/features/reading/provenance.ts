import type { ArticleSummary } from '../../domain/article.ts';

/**
 * The facts that say where a version comes from, in the order a reader looks for them. A
 * version that lacks some says so once, in one line, rather than an "unknown" in every slot.
 */
const PROVENANCE = ['headline', 'byline', 'dateline', 'date', 'publisher', 'section'] as const;
export type ProvenanceFact = (typeof PROVENANCE)[number];

/** The provenance facts a version does not give, in `PROVENANCE` order. */
export function missingFacts(article: ArticleSummary): ProvenanceFact[] {
  return PROVENANCE.filter((fact) => !article[fact]);
}

/**
 * The other version that gives the most of the facts this one lacks (the first such in story
 * order on a tie), with the facts it gives; undefined when no other version fills any gap.
 */
export function bestSource(
  missing: readonly ProvenanceFact[],
  others: readonly ArticleSummary[],
): { version: ArticleSummary; gives: ProvenanceFact[] } | undefined {
  let best: { version: ArticleSummary; gives: ProvenanceFact[] } | undefined;
  for (const version of others) {
    const gives = missing.filter((fact) => Boolean(version[fact]));
    if (gives.length > (best?.gives.length ?? 0)) best = { version, gives };
  }
  return best;
}

const LISTS = {
  conjunction: new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' }),
  disjunction: new Intl.ListFormat('en-US', { style: 'long', type: 'disjunction' }),
};

/** "a, b, or c" / "a, b, and c", by the browser's own list formatting in the site's English. */
export function listOf(items: readonly string[], type: keyof typeof LISTS): string {
  return LISTS[type].format(items);
}
