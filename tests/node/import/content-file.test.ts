import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/node/content/parse-article.ts';
import {
  readExisting,
  serializeArticle,
  slugify,
  takenIds,
  uniqueId,
  uniqueLabel,
  writeContentFile,
} from '../../../src/node/import/content-file.ts';

describe('slugify', () => {
  it('makes a short slug from a headline, folding accents and not ending on a small word', () => {
    expect(slugify('Harbour bridge to close for six months of repairs')).toBe(
      'harbour-bridge-to-close-for-six-months',
    );
    expect(slugify('Neue Straßenbahnlinie: Ærø & Łódź', 4)).toBe(
      'neue-strassenbahnlinie-aero-lodz',
    );
    expect(slugify("Minister's “plan” – 2024")).toBe('ministers-plan-2024');
  });

  it('returns null when nothing latin is left, so the caller picks a fallback', () => {
    expect(slugify('東京で会談')).toBeNull();
    expect(slugify('!!!')).toBeNull();
  });

  it('stays within 60 characters', () => {
    expect(slugify('a'.repeat(40) + ' ' + 'b'.repeat(40))).toBe('a'.repeat(40));
  });
});

describe('unique names', () => {
  it('suffixes an id or a label already in use', () => {
    expect(uniqueId('x', new Set(['y']))).toBe('x');
    expect(uniqueId('x', new Set(['x', 'x-2']))).toBe('x-3');
    expect(uniqueLabel('AP', ['ap', 'Reuters'])).toBe('AP (2)');
    expect(uniqueLabel('AP', ['Reuters'])).toBe('AP');
  });
});

describe('serializeArticle', () => {
  it('writes the README format that the project parser reads back field for field', () => {
    const text = serializeArticle(
      {
        id: 'a-b',
        story: 'a',
        label: 'The Herald: "late" edition',
        headline: '#1: Yes — no? [x] & <y>',
        byline: 'Ann Lee and Bo Kim',
        date: '2024-03-05',
        publisher: 'The Herald',
        section: 'Local',
        tags: ['a', 'yes', 'null'],
        photo: { caption: 'A bridge.', credit: 'Lena' },
      },
      'Body text.',
      'saved "page".html\n# not: a field',
    );
    expect(text.split('\n').slice(0, 5)).toEqual([
      '---',
      '# imported from saved \\"page\\".html\\n# not: a field',
      'id: a-b',
      'story: a',
      'label: \'The Herald: "late" edition\'',
    ]);
    const { article, problems } = parseArticle('x.md', text);
    expect(problems).toEqual([]);
    expect(article).toMatchObject({
      label: 'The Herald: "late" edition',
      headline: '#1: Yes — no? [x] & <y>',
      date: '2024-03-05',
      tags: ['a', 'yes', 'null'],
      photo: { caption: 'A bridge.', credit: 'Lena' },
    });
  });

  it('leaves out every field without a value', () => {
    expect(serializeArticle({ id: 'a', story: 'a', label: 'L', tags: [] }, 'Body.', 'f')).toBe(
      '---\n# imported from f\nid: a\nstory: a\nlabel: L\n---\n\nBody.\n',
    );
  });
});

describe('the folder', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-file-'));
  writeFileSync(
    path.join(dir, 'one.md'),
    '---\nid: one\nstory: s\nlabel: L\n---\n\nFirst paragraph.\n\nSecond.\n',
  );
  writeFileSync(path.join(dir, 'broken.md'), '---\nid: [\n---\n\nx\n');

  it('reads the valid versions with their paragraphs, skipping broken files', async () => {
    const existing = await readExisting(dir);
    expect(existing).toEqual([
      { id: 'one', story: 's', label: 'L', paragraphs: ['First paragraph.', 'Second.'] },
    ]);
    expect(await takenIds(dir, existing)).toEqual(new Set(['one', 'broken']));
    expect(await readExisting(path.join(dir, 'missing'))).toEqual([]);
  });

  it('never replaces a file unless forced', async () => {
    expect(await writeContentFile(dir, 'one', 'new', false)).toEqual({
      written: false,
      file: path.join(dir, 'one.md'),
    });
    expect(readFileSync(path.join(dir, 'one.md'), 'utf8')).toContain('First paragraph.');
    expect((await writeContentFile(dir, 'one', 'new', true)).written).toBe(true);
    expect(readFileSync(path.join(dir, 'one.md'), 'utf8')).toBe('new');
  });
});
