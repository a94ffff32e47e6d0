/**
 * The comparison of two versions the build did not precompute (see `isPrecomputedPair`), made in
 * the browser with the same engine and shipped form as the build's, so the view shows it with
 * the same markup. Loaded as its own chunk by the content store, only when such a pair opens.
 */
import { encodeComparison } from '../engine/compact.ts';
import { compareVersions } from '../engine/compare.ts';
import type { CompactComparison } from '../engine/types.ts';
import type { LoadedArticle } from '../domain/article.ts';
import { bodyParagraphs } from '../domain/body.ts';

export function computeComparison(left: LoadedArticle, right: LoadedArticle): CompactComparison {
  const text = (article: LoadedArticle) => ({
    label: article.label,
    paragraphs: bodyParagraphs(article.body),
  });
  return encodeComparison(compareVersions(text(left), text(right)));
}
