import type { StoryEntry } from '../../store/content-store.ts';

/** A story's name: the first headline among its versions, else its first label, else its id. */
export function storyTitle(story: StoryEntry): string {
  return story.versions.find((v) => v.headline)?.headline ?? story.versions[0]?.label ?? story.id;
}
