import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/node/content/load-content.ts';
import { formatProblem } from '../../../src/node/content/problem.ts';

describe('loadContent', () => {
  it('reports every problem of every file in one run, sorted by file and line', async () => {
    const { data, problems, files } = await loadContent('tests/fixtures/invalid');
    expect(data).toBeNull();
    expect(files).toHaveLength(14);
    const errors = problems.filter((p) => p.severity === 'error');
    // One error per broken fixture; the two duplicate-id files make one error between them.
    expect(errors).toHaveLength(13);
    expect(new Set(errors.map((p) => p.file)).size).toBe(13);
    expect(errors.map((p) => p.file)).toEqual([...errors.map((p) => p.file)].sort());
  });

  it('names a duplicate article id and where it was first used', async () => {
    const { problems } = await loadContent('tests/fixtures/invalid');
    expect(problems.map(formatProblem)).toContain(
      'tests/fixtures/invalid/duplicate-id-b.md:2:1  id: duplicate article id "duplicate-id" (expected an id no other file uses; tests/fixtures/invalid/duplicate-id-a.md:2 has it already)\n    hint: give this version its own id, e.g. add the publisher to it',
    );
  });

  it('says plainly when the content folder does not exist', async () => {
    const { data, problems } = await loadContent('no/such/folder');
    expect(data).toBeNull();
    expect(problems.map(formatProblem)).toEqual([
      'no/such/folder:1:1  content folder: does not exist (expected a folder of Markdown articles)\n    hint: create it, or point CONTENT_DIR at the folder that holds the .md files',
    ]);
  });

  it('groups versions into stories, oldest first, and precomputes both comparison directions', async () => {
    const { data, problems } = await loadContent('tests/fixtures/valid');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(data?.stories.map(({ id, versions }) => ({ id, versions }))).toEqual([
      { id: 'valid-story', versions: ['valid-one', 'valid-two'] },
    ]);
    expect(Object.keys(data?.comparisons ?? {}).sort()).toEqual([
      'valid-one~valid-two',
      'valid-two~valid-one',
    ]);
  });

  it('precomputes only the pairs a timeline reaches, and a timeline in date then file order', async () => {
    const { data } = await loadContent('tests/fixtures/story');
    const story = data?.stories[0];
    // Three versions share a date: they keep the order of their files' names; undated is last.
    expect(story?.versions).toEqual([
      'millbrook-flood-first-report',
      'millbrook-flood-morning-update',
      'millbrook-flood-correction',
      'millbrook-flood-evening-update',
      'millbrook-flood-regional-rewrite',
      'millbrook-flood-scraped-copy',
    ]);
    // 6 versions: 4 × 5 − 2 = 18 of the 30 ordered pairs; 3 → 5 is left to the browser.
    const keys = Object.keys(data?.comparisons ?? {});
    expect(keys).toHaveLength(18);
    expect(keys).toContain('millbrook-flood-correction~millbrook-flood-evening-update');
    expect(keys).toContain('millbrook-flood-evening-update~millbrook-flood-correction');
    expect(keys).toContain('millbrook-flood-scraped-copy~millbrook-flood-first-report');
    expect(keys).not.toContain('millbrook-flood-correction~millbrook-flood-regional-rewrite');
    const timeline = data?.timelines['millbrook-river-flood'] ?? [];
    expect(timeline.map((s) => s.headlineChanged)).toEqual([
      false,
      false,
      false,
      true,
      false,
      true,
    ]);
    // The morning update only adds a paragraph: words added, none removed.
    expect(timeline[1]).toMatchObject({ removed: 0 });
    expect(timeline[1]?.added).toBeGreaterThan(40);
    expect(story?.digest?.updated).toBe('2026-03-15');
  });

  it('loads the real content: two versions of the seed story, no problems', async () => {
    const { data, problems } = await loadContent('content');
    expect(problems).toEqual([]);
    expect(data?.articles.map((a) => a.id)).toEqual([
      'japan-vietnam-cyber-defense-ap',
      'japan-vietnam-defense-scraped-rewrite',
    ]);
    const ap = data?.articles[0];
    expect(ap?.comments.map((c) => [c.up, c.down])).toEqual([
      [2, 2],
      [0, 1],
      [0, 0],
      [1, 1],
      [0, 0],
    ]);
    expect(ap?.comments[3]?.paragraphs).toHaveLength(4);
    const scraped = data?.articles[1];
    expect(scraped?.headline).toBeUndefined();
    expect(scraped?.byline).toBeUndefined();
    expect(scraped?.date).toBeUndefined();
  });
});
