import { useParams } from 'react-router';
import { StoryPage } from '../../features/story/story-page.tsx';
import { useStoryTimeline } from '../../store/content-store.ts';
import { RouteErrorBoundary } from '../route-error-boundary.tsx';
import { notFound } from './not-found.ts';

export function StoryRoute() {
  const { storyId = '' } = useParams();
  const found = useStoryTimeline(storyId); // suspends until the story's timeline has loaded
  if (!found) return <notFound.Component missing={{ story: storyId }} />;
  return (
    <RouteErrorBoundary what="this story" resetKey={storyId}>
      <StoryPage storyId={storyId} versions={found.story.versions} timeline={found.timeline} />
    </RouteErrorBoundary>
  );
}
