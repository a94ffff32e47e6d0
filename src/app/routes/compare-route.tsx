import { useParams } from 'react-router';
import { CompareView } from '../../features/comparison/compare-view.tsx';
import { useComparisonData } from '../../features/comparison/use-comparison-model.ts';
import { useArticleSummary, useStory } from '../../store/content-store.ts';
import { RouteErrorBoundary } from '../route-error-boundary.tsx';
import { comparisonNotFound } from './not-found-problem.ts';
import { NotFoundRoute } from './not-found-route.tsx';

export function CompareRoute() {
  const { leftId = '', rightId = '' } = useParams();
  const data = useComparisonData(leftId, rightId);
  const left = useArticleSummary(leftId);
  const right = useArticleSummary(rightId);
  const story = useStory(left?.story ?? '');
  if (!data || !story) {
    const known = { left: Boolean(left), right: Boolean(right) };
    return <NotFoundRoute problem={comparisonNotFound(leftId, rightId, known)} />;
  }
  return (
    <RouteErrorBoundary what="the comparison" resetKey={`${leftId}~${rightId}`}>
      <CompareView data={data} versions={story.versions} />
    </RouteErrorBoundary>
  );
}
