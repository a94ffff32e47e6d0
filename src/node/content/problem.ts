/**
 * A problem found in a content file, located precisely enough to jump to:
 * `path:line:column  field: what is wrong (expected ..., got ...)`, then a hint where one helps.
 */
import { countText } from '../../engine/count-text.ts';

export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column: number;
  /** Dotted path of the field (`comments[2].up`), or `frontmatter` / `body` for the whole part. */
  field: string;
  message: string;
  hint?: string;
}

export function formatProblem(problem: Problem): string {
  const head = `${problem.file}:${problem.line}:${problem.column}  ${problem.field}: ${problem.message}`;
  return problem.hint ? `${head}\n    hint: ${problem.hint}` : head;
}

/** Problems a report prints before it only counts the rest: a screenful, not 10,000 files' worth. */
export const REPORT_LIMIT = 50;

const plural = (n: number, word: string) => `${countText(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * The report: errors, then warnings, each with its file and line, at most `limit` of them (the
 * rest counted: "… and 1,234 more problems in 456 files"), then one summary line of the totals.
 */
export function formatReport(
  problems: readonly Problem[],
  files: number,
  limit = REPORT_LIMIT,
): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const ordered = [...errors, ...warnings];
  const shown = ordered.slice(0, limit);
  const lines = shown.map((p) =>
    p.severity === 'error' ? formatProblem(p) : `warning: ${formatProblem(p)}`,
  );
  const rest = ordered.slice(shown.length);
  if (rest.length > 0) {
    const restFiles = new Set(rest.map((p) => p.file)).size;
    lines.push(`… and ${plural(rest.length, 'more problem')} in ${plural(restFiles, 'file')}`);
  }
  lines.push(
    `${plural(files, 'content file')} checked: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}`,
  );
  return lines.join('\n');
}

export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[], files: number) {
    super(`Invalid content:\n${formatReport(problems, files)}`);
    this.problems = problems;
    this.name = 'ContentError';
  }
}
