/**
 * One content file to one validated article, or to every problem found in it. Problems name the
 * file, the line and column, and the field, say what was expected and what was found, and give a
 * hint where one helps. Nothing here throws on bad input.
 */
import { closest, distance } from 'fastest-levenshtein';
import {
  isMap,
  isPair,
  isScalar,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import type { z } from 'zod';
import { FRONTMATTER_FIELDS, frontmatterSchema } from '../../domain/article-schema.ts';
import type { Article } from '../../domain/article.ts';
import { textBlocks, textBlockText } from '../../domain/body.ts';
import { parseMarkdownFile } from './markdown.ts';
import { markdownLimitBreach } from './markdown-limits.ts';
import type { Problem } from './problem.ts';
import { wordCount } from '../../engine/tokens.ts';

export interface ParsedArticle {
  article: Article | null;
  /** The 1-based line of each top-level field, for pointing at it later (e.g. a duplicate id). */
  fieldLines: Partial<Record<string, { line: number; column: number }>>;
  problems: Problem[];
}

/** Names people reach for, mapped to the field that holds that information. */
const FIELD_ALIASES: Record<string, string> = {
  title: 'headline',
  author: 'byline',
  authors: 'byline',
  tag: 'tags',
  category: 'section',
  published: 'date',
  pubdate: 'date',
  caption: 'photo',
  image: 'photo',
  source: 'publisher',
};

const COMMENT_FIELDS = ['text', 'up', 'down'];
const PHOTO_FIELDS = ['caption', 'credit'];

export function parseArticle(file: string, source: string): ParsedArticle {
  const problems: Problem[] = [];
  const error = (line: number, column: number, field: string, message: string, hint?: string) =>
    problems.push({
      severity: 'error',
      file,
      line,
      column,
      field,
      message,
      ...(hint ? { hint } : {}),
    });

  const breach = markdownLimitBreach(source);
  if (breach) {
    error(breach.line, breach.column, 'body', breach.message);
    return { article: null, fieldLines: {}, problems };
  }
  const parsed = parseMarkdownFile(source);
  for (const notice of parsed.notices) {
    problems.push({ severity: 'warning', file, field: 'body', ...notice });
  }

  if (!parsed.frontmatter) {
    error(
      1,
      1,
      'frontmatter',
      'missing (expected a YAML block between two --- lines at the very top of the file)',
      'start the file with ---, then fields such as id, story and label, then ---',
    );
    return { article: null, fieldLines: {}, problems };
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(parsed.frontmatter.text, {
    lineCounter,
    prettyErrors: true,
    uniqueKeys: true,
  });
  const base = parsed.frontmatter.line - 1;
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: base + pos.line, column: pos.col };
  };

  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0];
      const summary =
        e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? e.message;
      error(
        pos ? base + pos.line : parsed.frontmatter.line,
        pos ? pos.col : 1,
        'frontmatter',
        `unreadable YAML (${summary})`,
        'check indentation, and quote values that contain ": " or start with a special character',
      );
    }
    return { article: null, fieldLines: {}, problems };
  }

  const fieldLines: ParsedArticle['fieldLines'] = {};
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      if (isScalar(item.key) && item.key.range)
        fieldLines[String(item.key.value)] = at(item.key.range[0]);
    }
  }

  const result = frontmatterSchema.safeParse(doc.toJS() ?? undefined);
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const problem of describeIssue(issue, doc, at, parsed.frontmatter.line))
        error(...problem);
    }
  }

  const body = textBlocks(parsed.blocks);
  if (!body.some((block) => textBlockText(block).trim().length > 0)) {
    error(
      parsed.bodyLine,
      1,
      'body',
      'empty (expected at least one paragraph of Markdown after the closing ---)',
    );
  }

  if (!result.success || problems.some((p) => p.severity === 'error')) {
    return { article: null, fieldLines, problems };
  }
  const words = body.reduce((sum, block) => sum + wordCount(textBlockText(block)), 0);
  return { article: { ...result.data, body: parsed.blocks, words }, fieldLines, problems };
}

type ProblemArgs = [line: number, column: number, field: string, message: string, hint?: string];

/** Turn one schema issue into located problems (one per unknown key). */
function describeIssue(
  issue: z.core.$ZodIssue,
  doc: Document,
  at: (offset: number) => { line: number; column: number },
  frontmatterLine: number,
): ProblemArgs[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const locate = (segments: (string | number)[]) => {
    const node = doc.getIn(segments, true) as Node | undefined;
    if (node?.range) return at(node.range[0]);
    // A missing field: point at its parent mapping (or the top of the frontmatter).
    for (let n = segments.length - 1; n >= 0; n--) {
      const parent = doc.getIn(segments.slice(0, n), true) as Node | undefined;
      if (parent?.range) return at(parent.range[0]);
    }
    return { line: frontmatterLine, column: 1 };
  };

  if (issue.code === 'unrecognized_keys') {
    const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
    const known =
      path.length === 0 ? FRONTMATTER_FIELDS : path[0] === 'photo' ? PHOTO_FIELDS : COMMENT_FIELDS;
    return issue.keys.map((key): ProblemArgs => {
      const pair = isMap(parent)
        ? parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key)
        : undefined;
      const keyNode = pair && isScalar(pair.key) ? pair.key : undefined;
      const pos = keyNode?.range ? at(keyNode.range[0]) : locate(path);
      return [
        pos.line,
        pos.column,
        fieldName([...path, key]),
        `unknown field (expected one of ${known.join(', ')})`,
        suggest(key, known),
      ];
    });
  }

  const pos = locate(path);
  const field = fieldName(path.length > 0 ? path : ['frontmatter']);
  const hint = hintFor(path, issue.message);
  return [[pos.line, pos.column, field, issue.message, hint]];
}

function fieldName(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** "did you mean" for an unknown key: the nearest field, or the field a common alias stands for. */
function suggest(key: string, known: readonly string[]): string {
  const lower = key.toLowerCase();
  const aliases = Object.keys(FIELD_ALIASES).filter((a) => known.includes(FIELD_ALIASES[a] ?? ''));
  const near = closest(lower, [...known, ...aliases]);
  if (distance(lower, near) > 2) return 'remove it, or rename it to one of the fields listed';
  return `did you mean "${FIELD_ALIASES[near] ?? near}"?`;
}

function hintFor(path: readonly (string | number)[], message: string): string | undefined {
  const field = path[0];
  if (message.startsWith('a single value where a list belongs')) {
    return `write a list: ${String(field)}: [first, second], or one "- item" per line`;
  }
  if (field === 'date') return 'write the day as YYYY-MM-DD, for example date: 2021-11-23';
  if (message.startsWith('missing') && (field === 'id' || field === 'story')) {
    return `every file needs ${String(field)}: a lowercase slug such as japan-vietnam-ap`;
  }
  if (message.startsWith('missing') && field === 'label')
    return 'add a short name for this version, e.g. label: AP original';
  if (path[0] === 'comments' && path[2] === 'text')
    return 'give the comment text, e.g. text: Well said.';
  return undefined;
}
