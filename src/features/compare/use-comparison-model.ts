import { useMemo } from 'react';
import { decodeComparison } from '../../compare/compact.ts';
import type { Comparison } from '../../compare/types.ts';
import type { Article } from '../../domain/article.ts';
import { bodyParagraphs } from '../../domain/body.ts';
import { useArticle, useComparison } from '../../store/content-store.ts';
import { buildCompareModel, type CompareModel } from './compare-model.ts';

export interface ComparisonData {
  left: Article;
  right: Article;
  comparison: Comparison;
  model: CompareModel;
}

/**
 * The precomputed comparison of two versions, expanded with their texts. No alignment runs here:
 * the build did it; this only rebuilds sentence texts and diff runs from offsets.
 */
export function useComparisonData(leftId: string, rightId: string): ComparisonData | null {
  const left = useArticle(leftId);
  const right = useArticle(rightId);
  const compact = useComparison(leftId, rightId);
  return useMemo(() => {
    if (!left || !right || !compact) return null;
    const comparison = decodeComparison(
      compact,
      { label: left.label, paragraphs: bodyParagraphs(left.body) },
      { label: right.label, paragraphs: bodyParagraphs(right.body) },
    );
    return { left, right, comparison, model: buildCompareModel(comparison) };
  }, [left, right, compact]);
}
