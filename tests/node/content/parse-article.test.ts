import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/node/content/parse-article.ts';
import { parseMarkdownFile } from '../../../src/node/content/markdown.ts';
import { formatProblem } from '../../../src/node/content/problem.ts';

const INVALID = 'tests/fixtures/invalid';

/** Every error of one fixture file, formatted exactly as the build prints it. */
function errorsOf(name: string): string[] {
  const file = `${INVALID}/${name}.md`;
  return parseArticle(file, readFileSync(file, 'utf8'))
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);
}

describe('parseArticle: one clear message per kind of bad input', () => {
  it('unreadable YAML names the line and what the parser could not read', () => {
    expect(errorsOf('unreadable-yaml')[0]).toMatch(
      /^tests\/fixtures\/invalid\/unreadable-yaml\.md:\d+:\d+ {2}frontmatter: unreadable YAML \(Missing closing "quote\)\n {4}hint: check indentation/,
    );
  });

  it('a body nested too deeply is refused before parsing, in one line naming the file and limit', () => {
    const head = '---\nid: a\nstory: s\nlabel: L\n---\n\n';
    const deep = parseArticle('content/deep.md', `${head}${'>'.repeat(10_000)} x\n`);
    expect(deep.article).toBeNull();
    expect(deep.problems.map(formatProblem)).toEqual([
      'content/deep.md:7:1  body: nested too deeply to read: 10,000 quotes and list items open on one line (the limit is 100)',
    ]);
    const quoted = parseArticle('content/q.md', `${head}${'> '.repeat(12)}an old thread\n`);
    expect(quoted.problems).toEqual([]);
    expect(quoted.article?.body[0]).toMatchObject({ type: 'blockquote' });
  });

  it('missing frontmatter points at the top of the file and says how to start it', () => {
    expect(errorsOf('missing-frontmatter')).toEqual([
      `${INVALID}/missing-frontmatter.md:1:1  frontmatter: missing (expected a YAML block between two --- lines at the very top of the file)\n    hint: start the file with ---, then fields such as id, story and label, then ---`,
    ]);
  });

  it('a missing required field is named', () => {
    expect(errorsOf('missing-field')).toEqual([
      `${INVALID}/missing-field.md:2:1  label: missing (expected a short label for this version)\n    hint: add a short name for this version, e.g. label: AP original`,
    ]);
  });

  it('a wrong type says what was expected and what was found', () => {
    expect(errorsOf('wrong-type')).toEqual([
      `${INVALID}/wrong-type.md:5:11  headline: wrong type (expected the headline as text, got the number 42)`,
    ]);
  });

  it('an unknown field (a typo) suggests the field that was meant', () => {
    expect(errorsOf('unknown-field')).toEqual([
      `${INVALID}/unknown-field.md:5:1  tilte: unknown field (expected one of id, story, label, headline, byline, dateline, date, publisher, agency, section, tags, photo, copyright, comments)\n    hint: did you mean "headline"?`,
    ]);
  });

  it('an impossible date is rejected', () => {
    expect(errorsOf('impossible-date')).toEqual([
      `${INVALID}/impossible-date.md:5:7  date: impossible date (expected a day that exists in the calendar, got "2021-02-30")\n    hint: write the day as YYYY-MM-DD, for example date: 2021-11-23`,
    ]);
  });

  it('a date in an unknown format is rejected', () => {
    expect(errorsOf('unknown-date-format')).toEqual([
      `${INVALID}/unknown-date-format.md:5:7  date: unknown date format (expected YYYY-MM-DD, like 2021-11-23, got "23/11/2021")\n    hint: write the day as YYYY-MM-DD, for example date: 2021-11-23`,
    ]);
  });

  it('negative votes are rejected', () => {
    expect(errorsOf('negative-votes')).toEqual([
      `${INVALID}/negative-votes.md:7:9  comments[0].up: negative vote count (expected a whole number of up votes, 0 or more, got -1)`,
    ]);
  });

  it('fractional votes are rejected', () => {
    expect(errorsOf('fractional-votes')).toEqual([
      `${INVALID}/fractional-votes.md:8:11  comments[0].down: fractional vote count (expected a whole number of down votes, 0 or more, got 0.5)`,
    ]);
  });

  it('an empty body is rejected at the line where the body starts', () => {
    expect(errorsOf('empty-body')).toEqual([
      `${INVALID}/empty-body.md:6:1  body: empty (expected at least one paragraph of Markdown after the closing ---)`,
    ]);
  });

  it('a comment with no text is rejected', () => {
    expect(errorsOf('comment-no-text')).toEqual([
      `${INVALID}/comment-no-text.md:6:5  comments[0].text: missing (expected the comment text)\n    hint: give the comment text, e.g. text: Well said.`,
    ]);
  });

  it('a list field given as a single value says how to write a list', () => {
    expect(errorsOf('single-value-list')).toEqual([
      `${INVALID}/single-value-list.md:5:7  tags: a single value where a list belongs (expected a list of tags, got text "Japan")\n    hint: write a list: tags: [first, second], or one "- item" per line`,
    ]);
  });

  it('reports several problems of one file together, in one pass', () => {
    const source =
      '---\nid: Bad Id\nstory: s\nlabel: x\ndate: 2021-13-01\ntags: one\n---\n\nBody.\n';
    const fields = parseArticle('x.md', source).problems.map((p) => p.field);
    expect(fields).toEqual(['id', 'date', 'tags']);
  });
});

describe('parseArticle: valid content', () => {
  const file = 'tests/fixtures/valid/valid-one.md';
  const parsed = parseArticle(file, readFileSync(file, 'utf8'));

  it('returns typed data with defaults and comment paragraphs kept', () => {
    expect(parsed.article).toMatchObject({
      id: 'valid-one',
      story: 'valid-story',
      label: 'First',
      headline: 'A headline',
      date: '2020-01-02',
      tags: ['one', 'two'],
      copyright: [],
      comments: [{ paragraphs: ['First paragraph.', 'Second <b>paragraph</b>.'], up: 3, down: 1 }],
    });
    expect(parsed.article?.words).toBeGreaterThan(10);
  });

  it('turns the body into a typed tree with numbered text blocks', () => {
    const body = parsed.article?.body ?? [];
    expect(body.map((b) => b.type)).toEqual(['paragraph', 'heading', 'blockquote', 'paragraph']);
    expect(body[0]).toEqual({
      type: 'paragraph',
      index: 0,
      children: [{ type: 'text', value: 'First sentence. Second sentence.' }],
    });
  });

  it('keeps only http(s) links and warns about the rest, with the line', () => {
    const quote = parsed.article?.body[2];
    expect(quote).toEqual({
      type: 'blockquote',
      children: [
        {
          type: 'paragraph',
          index: 2,
          children: [
            { type: 'text', value: 'A quote with ' },
            {
              type: 'link',
              href: 'https://example.com',
              children: [{ type: 'text', value: 'a link' }],
            },
            { type: 'text', value: ' and bad.' },
          ],
        },
      ],
    });
    expect(parsed.problems.map(formatProblem)).toContain(
      `${file}:21:50  body: link target "javascript:alert(1)" is not http, https or mailto; the link is shown as plain text`,
    );
  });

  it('a refused link keeps its words and their emphasis in place', () => {
    const { blocks } = parseMarkdownFile('See [the *full* text](javascript:alert(1)) here.');
    expect(blocks[0]).toEqual({
      type: 'paragraph',
      index: 0,
      children: [
        { type: 'text', value: 'See the ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'full' }] },
        { type: 'text', value: ' text here.' },
      ],
    });
  });

  it('reads line endings inside a code span as spaces (CommonMark)', () => {
    const { blocks } = parseMarkdownFile('A `code\nspan` here.');
    expect(blocks[0]).toEqual({
      type: 'paragraph',
      index: 0,
      children: [
        { type: 'text', value: 'A ' },
        { type: 'code', value: 'code span' },
        { type: 'text', value: ' here.' },
      ],
    });
  });

  it('shows raw HTML as text, never as markup, with a warning', () => {
    expect(parsed.article?.body[3]).toEqual({
      type: 'paragraph',
      index: 3,
      children: [{ type: 'text', value: '<div>raw</div>' }],
    });
    expect(parsed.problems.filter((p) => p.severity === 'warning').map((p) => p.message)).toContain(
      'raw HTML is not rendered; it is shown as text',
    );
  });
});
