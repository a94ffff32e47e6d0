import { useParams } from 'react-router';
import { CompareView } from '../../features/comparison/compare-view.tsx';
import { useComparisonData } from '../../features/comparison/use-comparison-model.ts';
import { VersionStepper } from '../../features/story/version-stepper.tsx';
import { useArticleSummary, useStory } from '../../store/content-store.ts';
import { RouteErrorBoundary } from '../route-error-boundary.tsx';
import { NotFoundRoute } from './not-found-route.tsx';

/** The element "Download as HTML" saves: the comparison view, without the stepper bar. */
const COMPARISON_ID = 'comparison';

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
    <>
      <VersionStepper
        storyId={story.id}
        versions={story.versions}
        leftId={leftId}
        rightId={rightId}
        comparisonId={COMPARISON_ID}
      />
      <RouteErrorBoundary what="the comparison" resetKey={`${leftId}~${rightId}`}>
        <div id={COMPARISON_ID}>
          <CompareView data={data} versions={story.versions} />
        </div>
      </RouteErrorBoundary>
    </>
  );
}
