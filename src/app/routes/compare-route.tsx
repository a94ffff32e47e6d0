import { useParams } from 'react-router';
import { CompareView } from '../../features/comparison/compare-view.tsx';
import { useComparisonData } from '../../features/comparison/use-comparison-model.ts';
import { VersionStepper } from '../../features/story/version-stepper.tsx';
import { useArticleSummary, useStory } from '../../store/content-store.ts';
import { RouteErrorBoundary } from '../route-error-boundary.tsx';
import { notFound } from './not-found.ts';

/** The element "Download as HTML" saves: the comparison view, without the stepper bar. */
const COMPARISON_ID = 'comparison';

export function CompareRoute() {
  const { leftId = '', rightId = '' } = useParams();
  const data = useComparisonData(leftId, rightId);
  const left = useArticleSummary(leftId);
  const right = useArticleSummary(rightId);
  const story = useStory(left?.story ?? '');
  if (!data || !story) {
    const known = { left: Boolean(left), right: Boolean(right) };
    return <notFound.Component missing={{ compare: [leftId, rightId], known }} />;
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
