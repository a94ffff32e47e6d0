/**
 * A problem found in a content file, located precisely enough to jump to:
 * `path:line:column  field: what is wrong (expected ..., got ...)`, then a hint where one helps.
 */
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

/** The whole report: every problem of every file, then one summary line. */
export function formatReport(problems: readonly Problem[], files: number): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const lines = [
    ...errors.map(formatProblem),
    ...warnings.map((p) => `warning: ${formatProblem(p)}`),
  ];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
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
