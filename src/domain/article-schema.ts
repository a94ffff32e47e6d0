/**
 * The one schema of an article's frontmatter. The build validates every content file against it
 * and the app's types are inferred from it (`z.output`), so a field is declared exactly once.
 *
 * The browser imports only types from this file; zod itself never reaches the bundle.
 */
import { parseISO, isValid } from 'date-fns';
import { z } from 'zod';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const text = (what: string) =>
  z
    .string({ error: (issue) => expected(what, issue.input, ' as text') })
    .trim()
    .min(1, { error: `must not be empty (expected ${what})` });

const slug = (what: string) =>
  z.string({ error: (issue) => expected(what, issue.input, ' as text') }).regex(SLUG, {
    error: (issue) =>
      `not a valid id (expected ${what}: lowercase letters, digits and single hyphens, like "japan-vietnam-ap", got ${preview(issue.input)})`,
  });

const textList = (what: string) =>
  z.array(text(what), {
    error: (issue) =>
      issue.input === undefined
        ? undefined
        : `${typeof issue.input === 'string' ? 'a single value where a list belongs' : 'wrong type'} (expected a list of ${what}, got ${[describe(issue.input), preview(issue.input)].filter(Boolean).join(' ')})`,
  });

const count = (what: string) =>
  z
    .number({ error: (issue) => expected(`a whole number of ${what}, 0 or more`, issue.input) })
    .superRefine((value, ctx) => {
      if (Number.isInteger(value) && value >= 0) return;
      const problem = !Number.isInteger(value) ? 'fractional' : 'negative';
      ctx.addIssue({
        code: 'custom',
        message: `${problem} vote count (expected a whole number of ${what}, 0 or more, got ${value})`,
      });
    });

/** A calendar day written YYYY-MM-DD that exists (2021-02-30 does not). */
const day = z
  .string({ error: (issue) => expected('a date written YYYY-MM-DD, like 2021-11-23', issue.input) })
  .superRefine((value, ctx) => {
    if (!ISO_DAY.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown date format (expected YYYY-MM-DD, like 2021-11-23, got "${value}")`,
      });
    } else if (!isValid(parseISO(value))) {
      ctx.addIssue({
        code: 'custom',
        message: `impossible date (expected a day that exists in the calendar, got "${value}")`,
      });
    }
  });

/** Comment text is plain text: blank lines separate its paragraphs. Markup in it stays characters. */
const comment = z
  .strictObject(
    {
      text: text('the comment text'),
      up: count('up votes'),
      down: count('down votes'),
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type'
          ? expected('a comment with text, up and down', issue.input)
          : undefined,
    },
  )
  .transform(({ text: body, up, down }) => ({
    paragraphs: body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0),
    up,
    down,
  }));

const photo = z.strictObject(
  {
    caption: text('the photo caption'),
    credit: text('the photo credit').optional(),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? expected('caption and optional credit', issue.input)
        : undefined,
  },
);

export const frontmatterSchema = z.strictObject(
  {
    /** Unique across all content: the article's URL segment. */
    id: slug('the article id'),
    /** Shared by every version of one story. */
    story: slug('the story id'),
    /** Short editorial name of this version, e.g. "AP original". */
    label: text('a short label for this version'),
    headline: text('the headline').optional(),
    byline: text('the author name(s)').optional(),
    dateline: text('the place the story was filed from').optional(),
    date: day.optional(),
    publisher: text('the publisher that ran this version').optional(),
    agency: text('the wire agency').optional(),
    section: text('the section name').optional(),
    tags: textList('tags').default([]),
    photo: photo.optional(),
    copyright: textList('copyright lines').default([]),
    comments: z
      .array(comment, { error: (issue) => expected('a list of comments', issue.input) })
      .default([]),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type' ? expected('a YAML mapping of fields', issue.input) : undefined,
  },
);

export type Frontmatter = z.output<typeof frontmatterSchema>;
export type ArticleComment = Frontmatter['comments'][number];
export type FrontmatterField = keyof z.input<typeof frontmatterSchema>;
export const FRONTMATTER_FIELDS = Object.keys(frontmatterSchema.shape) as FrontmatterField[];

function expected(what: string, input: unknown, form = ''): string {
  if (input === undefined) return `missing (expected ${what})`;
  if (input === null) return `empty (expected ${what}, got nothing)`;
  return `wrong type (expected ${what}${form}, got ${[describe(input), preview(input)].filter(Boolean).join(' ')})`;
}

function describe(input: unknown): string {
  if (input === null) return 'nothing';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return 'text';
  if (typeof input === 'number') return Number.isInteger(input) ? 'the number' : 'the fraction';
  if (typeof input === 'boolean') return 'the value';
  if (typeof input === 'object') return 'a mapping';
  return typeof input;
}

function preview(input: unknown): string {
  if (typeof input === 'string')
    return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  return '';
}
