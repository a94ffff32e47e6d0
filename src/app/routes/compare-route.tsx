import { useParams } from 'react-router';
import { CompareView } from '../../features/comparison/compare-view.tsx';
import { useComparisonData } from '../../features/comparison/use-comparison-model.ts';
import { useArticleSummary, useStory } from '../../store/content-store.ts';
import { RouteErrorBoundary } from '../route-error-boundary.tsx';
import { NotFoundRoute } from './not-found-route.tsx';

export function CompareRoute() {
  const { leftId = '', rightId = '' } = useParams();
  const data = useComparisonData(leftId, rightId);
  const story = useStory(useArticleSummary(leftId)?.story ?? '');
  if (!data || !story) {
    const same = leftId === rightId;
    return (
      <NotFoundRoute
        what={
          same
            ? 'A version cannot be compared with itself: choose two different versions of a story.'
            : `There is no comparison of “${leftId}” with “${rightId}”: both must be versions of the same story.`
        }
      />
    );
  }
  return (
    <RouteErrorBoundary what="the comparison" resetKey={`${leftId}~${rightId}`}>
      <CompareView data={data} versions={story.versions} />
    </RouteErrorBoundary>
  );
}
