import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/node/content/load-content.ts';
import { readExisting } from '../../../src/node/import/content-file.ts';
import {
  checkWritten,
  importVersion,
  PAGE_LABEL,
} from '../../../src/node/import/import-version.ts';

const F = 'tests/fixtures/import';
const fresh = () => mkdtempSync(path.join(tmpdir(), 'import-version-'));

describe('importVersion', { timeout: 30_000 }, () => {
  it('writes a page as a valid content file with what the page states, and nothing else', async () => {
    const out = fresh();
    const result = await importVersion(`${F}/microdata.html`, { out }, []);
    expect(result).toMatchObject({
      ok: true,
      id: 'school-board-approves-four-day-week-river-falls-gazette',
    });
    const text = readFileSync(path.join(out, readdirSync(out)[0] ?? ''), 'utf8');
    expect(text.split('---')[1]).toBe(
      '\n# imported from tests/fixtures/import/microdata.html\nid: school-board-approves-four-day-week-river-falls-gazette\nstory: school-board-approves-four-day-week-for-rural\nlabel: River Falls Gazette\nheadline: School board approves four-day week for rural district\nbyline: Carla Mendes\ndate: 2022-06-14\npublisher: River Falls Gazette\nsection: Education\n',
    );
    const loaded = await loadContent(out);
    expect(loaded.problems).toEqual([]);
  });

  it('joins the story of a similar version, and gives a repeated label a suffix', async () => {
    const out = fresh();
    const existing = await readExisting(out);
    const first = await importVersion(`${F}/cms-jsonld.html`, { out }, existing);
    const second = await importVersion(`${F}/plain.txt`, { out }, existing);
    const again = await importVersion(`${F}/cms-jsonld.html`, { out }, existing);
    expect(first.ok && second.ok && again.ok).toBe(true);
    if (!first.ok || !second.ok || !again.ok) return;
    expect(second.story).toBe(first.story);
    expect(second.how).toMatch(
      /^joined story harbour-bridge-to-close-for-six-months: \d+% similar to harbour-bridge-to-close-for-six-the-coastal-herald$/,
    );
    expect(again.id).toBe(`${first.id}-2`);
    expect(readFileSync(again.file, 'utf8')).toContain('label: The Coastal Herald (2)');
    const loaded = await loadContent(out);
    expect(loaded.problems).toEqual([]);
    expect(loaded.data?.stories).toHaveLength(1);
  });

  it('--force replaces the file with the same id instead of adding one', async () => {
    const out = fresh();
    const existing: Awaited<ReturnType<typeof readExisting>> = [];
    const first = await importVersion(`${F}/amp.html`, { out }, existing);
    const forced = await importVersion(
      `${F}/amp.html`,
      { out, force: true, label: 'North Star News', byline: 'R. Kim' },
      existing,
    );
    expect(forced).toMatchObject({ ok: true, id: first.ok ? first.id : '' });
    expect(readdirSync(out)).toHaveLength(1);
    expect(readFileSync(path.join(out, readdirSync(out)[0] ?? ''), 'utf8')).toContain(
      'byline: R. Kim',
    );
  });

  it('uses --story, --label and the metadata flags over what the page says', async () => {
    const out = fresh();
    const result = await importVersion(
      `${F}/notes.md`,
      {
        out,
        story: 'ferry-fares',
        label: 'Notes',
        headline: 'Ferry fares rise',
        date: '2024-04-01',
        publisher: 'Quay Post',
      },
      [],
    );
    expect(result).toMatchObject({
      ok: true,
      id: 'ferry-fares-notes',
      story: 'ferry-fares',
      how: 'story ferry-fares (as told)',
    });
    const text = readFileSync(path.join(out, 'ferry-fares-notes.md'), 'utf8');
    expect(text).toContain('headline: Ferry fares rise\ndate: 2024-04-01\npublisher: Quay Post');
    // The author's HTML is shown as text and the javascript: link keeps its words only.
    expect(text).toContain('\\<script>alert(1)\\</script>');
    expect(text).toContain('[timetable](https://ferries.example/timetable) and this.');
    const loaded = await loadContent(out);
    expect(loaded.problems).toEqual([]);
  });

  it('labels a page that names no publisher by the site it states, else plainly, never by its file name', async () => {
    const body = Array.from(
      { length: 12 },
      (_, i) => `<p>Paragraph ${i} of the report on the harbour wall repairs goes on a while.</p>`,
    ).join('');
    const page = (head: string, headline: string) =>
      `<html><head>${head}<title>${headline}</title></head><body><article><h1>${headline}</h1>${body}</article></body></html>`;
    const dir = fresh();
    const out = fresh();
    const saved = path.join(dir, 'test_harbour1.html');
    writeFileSync(
      saved,
      page('<link rel="canonical" href="https://www.harbour-news.example/wall">', 'Harbour wall'),
    );
    const bare = path.join(dir, 'test_quay2.html');
    writeFileSync(bare, page('', 'Quay steps'));
    for (const input of [saved, bare]) await importVersion(input, { out }, []);
    const labels = readdirSync(out).map(
      (f) => /^label: (.*)$/m.exec(readFileSync(path.join(out, f), 'utf8'))?.[1],
    );
    expect(labels.sort()).toEqual([PAGE_LABEL, 'harbour-news.example']);
  });

  it('takes the dateline and the closing copyright line the text states, and keeps the body', async () => {
    const out = fresh();
    const input = path.join(fresh(), 'wire.txt');
    writeFileSync(
      input,
      'SAN FRANCISCO (AP) — Apple said on Wednesday that its chief executive would step down.\n\n' +
        'The company named a successor.\n\nCopyright 2011 The Associated Press. All rights reserved.\n',
    );
    const result = await importVersion(input, { out, headline: 'Apple chief steps down' }, []);
    expect(result.ok).toBe(true);
    const text = readFileSync(path.join(out, readdirSync(out)[0] ?? ''), 'utf8');
    expect(text).toContain('dateline: San Francisco\n');
    expect(text).toContain(
      'copyright:\n  - Copyright 2011 The Associated Press. All rights reserved.\n',
    );
    const body = text.slice(text.indexOf('\n---\n', 4) + 5);
    expect(body).toContain('SAN FRANCISCO (AP) — Apple said');
    expect(body).not.toContain('All rights reserved');
    expect((await loadContent(out)).problems).toEqual([]);
  });

  it('states no dateline or copyright a text does not have', async () => {
    const out = fresh();
    await importVersion(`${F}/plain.txt`, { out }, []);
    const text = readFileSync(path.join(out, readdirSync(out)[0] ?? ''), 'utf8');
    expect(text).not.toMatch(/^(?:dateline|copyright):/m);
  });

  it('writes nothing for an input that is not an article, and says why in one line', async () => {
    const out = fresh();
    for (const [name, reason] of [
      ['not-found.html', 'not an article: the page says it was not found (a 404 page)'],
      ['empty.html', 'empty: the file has no content'],
      ['binary.html', 'not text: it is a PNG image'],
      ['missing.html', 'no such file'],
    ])
      expect(await importVersion(`${F}/${name}`, { out }, [])).toEqual({ ok: false, reason });
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a Markdown file nested too deeply before parsing it, naming the line and limit', async () => {
    const out = fresh();
    const dir = fresh();
    writeFileSync(path.join(dir, 'deep.md'), `A note.\n\n${'['.repeat(10_000)}x\n`);
    writeFileSync(path.join(dir, 'quote.md'), `A note.\n\n${'> '.repeat(10)}quoted\n`);
    expect(await importVersion(path.join(dir, 'deep.md'), { out }, [])).toEqual({
      ok: false,
      reason:
        'line 3: too much emphasis and link markup to read: more than 1,000 of * _ [ ] in one paragraph (the limit)',
    });
    expect(readdirSync(out)).toEqual([]);
    expect(await importVersion(path.join(dir, 'quote.md'), { out }, [])).toMatchObject({
      ok: true,
    });
  });

  it('refuses a value the content format would reject, before writing', async () => {
    const out = fresh();
    const result = await importVersion(
      `${F}/plain.txt`,
      { out, story: 'x', date: '2021-02-30' },
      [],
    );
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/^would not be valid content: .*date: impossible date/),
    });
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('checkWritten', () => {
  it("reports, one line each, the loader's errors in the files this run wrote", async () => {
    const out = fresh();
    const file = (name: string) => path.join(out, name);
    writeFileSync(file('a.md'), '---\nid: x\nstory: s\nlabel: A\n---\n\nText.\n');
    writeFileSync(file('b.md'), '---\nid: x\nstory: s\nlabel: B\n---\n\nText.\n');
    expect(await checkWritten(out, [file('a.md')])).toEqual([]);
    const lines = await checkWritten(out, [file('b.md')]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/b\.md:2:1 {2}id: duplicate article id "x"/);
  });
});
