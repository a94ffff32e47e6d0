/**
 * The content parser never throws: given any text, or a frontmatter of arbitrary values, it
 * returns an article or problems that each name the file, a line that exists, and a field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseArticle } from '../../../src/node/content/parse-article.ts';
import { FRONTMATTER_FIELDS } from '../../../src/domain/article-schema.ts';

const FILE = 'content/fuzz.md';

function checkResult(source: string) {
  const result = parseArticle(FILE, source);
  const lines = source.split(/\r\n|\r|\n/).length;
  const errors = result.problems.filter((p) => p.severity === 'error');
  // An article exactly when there is no error.
  expect(result.article === null).toBe(errors.length > 0);
  for (const problem of result.problems) {
    expect(problem.file).toBe(FILE);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lines + 1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.field.length).toBeGreaterThan(0);
    expect(problem.message.length).toBeGreaterThan(0);
  }
  return result;
}

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('---\n', '---\n---\n', '---\n: :\n---\nbody', '---\nid: [\n---\n', '\u0000---'),
);

/** Any value YAML can hold, including the wrong kinds for every field. */
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.date({ noInvalidDate: true }),
  fc.constantFrom('2021-02-30', '23/11/2021', -1, 0.5, null, '', '   ', 'japan-vietnam-ap'),
);
const fieldName = fc.oneof(
  fc.constantFrom(...FRONTMATTER_FIELDS, 'tilte', 'title', 'tag'),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const frontmatter = fc.dictionary(fieldName, anyValue, { maxKeys: 12 });

describe('content parser under fuzzing', () => {
  it('any text: an article or located problems, never a throw', () => {
    fc.assert(
      fc.property(anyText, (source) => void checkResult(source)),
      { numRuns: 500 },
    );
  });

  it('arbitrary frontmatter values: an article or located problems, never a throw', () => {
    fc.assert(
      fc.property(frontmatter, fc.string({ maxLength: 200 }), (fields, body) => {
        checkResult(`---\n${stringify(fields)}---\n\n${body}\n`);
      }),
      { numRuns: 500 },
    );
  });

  it('valid required fields with arbitrary optional values: an accepted article is well typed', () => {
    const optional = fc.record(
      {
        headline: anyValue,
        byline: anyValue,
        date: anyValue,
        tags: anyValue,
        comments: anyValue,
        photo: anyValue,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(optional, (fields) => {
        const source = `---\n${stringify({ id: 'fuzz', story: 'fuzz-story', label: 'Fuzz', ...fields })}---\n\nA body.\n`;
        const { article } = checkResult(source);
        if (!article) return;
        expect(article.headline === undefined || typeof article.headline === 'string').toBe(true);
        expect(article.date === undefined || /^\d{4}-\d{2}-\d{2}$/.test(article.date)).toBe(true);
        expect(article.tags.every((t) => typeof t === 'string' && t.trim() !== '')).toBe(true);
        for (const c of article.comments) {
          expect(Number.isInteger(c.up) && c.up >= 0).toBe(true);
          expect(Number.isInteger(c.down) && c.down >= 0).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
