import { useMemo } from 'react';
import { decodeComparison } from '../../engine/compact.ts';
import type { Comparison } from '../../engine/types.ts';
import type { LoadedArticle } from '../../domain/article.ts';
import { bodyParagraphs } from '../../domain/body.ts';
import {
  preloadArticle,
  preloadComparison,
  useArticle,
  useComparison,
} from '../../store/content-store.ts';
import { buildCompareModel, type CompareModel } from './compare-model.ts';

export interface ComparisonData {
  left: LoadedArticle;
  right: LoadedArticle;
  comparison: Comparison;
  model: CompareModel;
}

/**
 * The precomputed comparison of two versions, expanded with their texts. No alignment runs here:
 * the build did it; this only rebuilds sentence texts and diff runs from offsets.
 */
export function useComparisonData(leftId: string, rightId: string): ComparisonData | null {
  // The three modules are requested together (idempotent), so the suspensions below wait for
  // them in parallel rather than one after another.
  void preloadArticle(leftId).catch(() => undefined);
  void preloadArticle(rightId).catch(() => undefined);
  if (leftId !== rightId) void preloadComparison(leftId, rightId).catch(() => undefined);
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
