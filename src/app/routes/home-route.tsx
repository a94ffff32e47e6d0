import { StoryList } from '../../features/reading/story-list.tsx';

export function HomeRoute() {
  return (
    <>
      <title>Stories · News Versions</title>
      <h1 className="page-title">Stories</h1>
      <StoryList />
    </>
  );
}
