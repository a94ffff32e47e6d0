import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateContent } from '../../../scripts/generate-content.ts';
import { summarize } from '../../../src/domain/article.ts';
import { openCache } from '../../../src/node/content/build-cache.ts';
import { loadContentIndex, loadStory, storyKey } from '../../../src/node/content/content-stream.ts';
import { loadContent } from '../../../src/node/content/load-content.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'content-stream-'));
  generateContent(path.join(dir, 'content'), 3);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const caches = () => ({
  parsed: openCache('parsed', dir),
  stories: openCache('stories', dir),
  comparisons: openCache('comparisons', dir),
});

describe('the list index', () => {
  it('holds every summary and story the whole load has, and no body', async () => {
    const whole = await loadContent('content', dir);
    const { index, problems } = await loadContentIndex('content', dir);
    expect(problems).toEqual(whole.problems);
    expect(index?.articles).toEqual(whole.data?.articles.map(summarize));
    expect(index?.stories).toEqual(
      whole.data?.stories.map(({ id, versions }) => ({ id, versions })),
    );
    expect(JSON.stringify(index)).not.toContain('"body"');
  });

  it('reports the same problems as the whole load, and no index', async () => {
    const root = path.resolve('tests/fixtures');
    const whole = await loadContent('invalid', root);
    const loaded = await loadContentIndex('invalid', root);
    expect(loaded.index).toBeNull();
    expect(loaded.problems).toEqual(whole.problems);
  });

  it('reads again a file whose size or time changed, and trusts one whose did not', async () => {
    const file = path.join(dir, 'content', 'generated-story-2-rewrite.md');
    const text = readFileSync(file, 'utf8');
    const mtime = new Date(2026, 0, 2); // a whole millisecond, which utimes sets exactly
    utimesSync(file, mtime, mtime);
    const first = await loadContentIndex('content', dir);
    first.save(new Map());
    // Same size, time set back: the manifest's promise (documented) is size and time.
    writeFileSync(file, text.replace('label: ', 'label: X').replace(/\n\n/, '\n'));
    utimesSync(file, mtime, mtime);
    const trusted = await loadContentIndex('content', dir);
    expect(trusted.index?.articles).toEqual(first.index?.articles);
    writeFileSync(file, text.replace('label: ', 'label: Edited '));
    const edited = await loadContentIndex('content', dir);
    const labels = edited.index?.articles.map((a) => a.label) ?? [];
    expect(labels.filter((label) => label.startsWith('Edited '))).toHaveLength(1);
  });
});

describe('one story at a time', () => {
  it('loads a story in full, the same as the whole load', async () => {
    const whole = await loadContent('content', dir);
    const { index, sources } = await loadContentIndex('content', dir);
    for (const story of index?.stories ?? []) {
      const key = storyKey(story, sources);
      const { versions, result } = await loadStory(story, sources, key, dir, caches());
      expect(versions).toEqual(
        story.versions.map((id) => whole.data?.articles.find((a) => a.id === id)),
      );
      expect(result.digest).toEqual(whole.data?.stories.find((s) => s.id === story.id)?.digest);
      expect(result.timeline).toEqual(whole.data?.timelines[story.id]);
      for (const [key, comparison] of Object.entries(result.comparisons))
        expect(comparison).toEqual(whole.data?.comparisons[key]);
    }
  });

  it("changes a story's key when its text changes, and no other story's", async () => {
    const before = await loadContentIndex('content', dir);
    const file = path.join(dir, 'content', 'generated-story-2-rewrite.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nA sentence added in a later version.\n`);
    const after = await loadContentIndex('content', dir);
    const keys = (loaded: typeof before) =>
      new Map(loaded.index?.stories.map((s) => [s.id, storyKey(s, loaded.sources)]));
    const [was, is] = [keys(before), keys(after)];
    const changed = [...is].filter(([id, key]) => was.get(id) !== key).map(([id]) => id);
    expect(changed).toEqual(['generated-story-2']);
  });
});
