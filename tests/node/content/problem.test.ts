import { describe, expect, it } from 'vitest';
import { formatReport, REPORT_LIMIT, type Problem } from '../../../src/node/content/problem.ts';

const problem = (file: string, line: number, severity: Problem['severity'] = 'error'): Problem => ({
  severity,
  file,
  line,
  column: 1,
  field: 'date',
  message: 'impossible date',
});

describe('formatReport', () => {
  it('prints every problem, then the totals, when there are few', () => {
    const report = formatReport([problem('a.md', 3), problem('b.md', 5, 'warning')], 2);
    expect(report.split('\n')).toEqual([
      'a.md:3:1  date: impossible date',
      'warning: b.md:5:1  date: impossible date',
      '2 content files checked: 1 error, 1 warning',
    ]);
  });

  it('caps the printed problems and counts the rest with the files they are in', () => {
    const many = Array.from({ length: 1_284 }, (_, i) => problem(`f${Math.floor(i / 2)}.md`, i));
    const lines = formatReport(many, 700).split('\n');
    expect(lines).toHaveLength(REPORT_LIMIT + 2);
    expect(lines[0]).toBe('f0.md:0:1  date: impossible date');
    expect(lines[REPORT_LIMIT - 1]).toBe('f24.md:49:1  date: impossible date');
    expect(lines.at(-2)).toBe('… and 1,234 more problems in 617 files');
    expect(lines.at(-1)).toBe('700 content files checked: 1,284 errors, 0 warnings');
  });

  it('shows errors before warnings when it has to leave some out', () => {
    const report = formatReport([problem('a.md', 1, 'warning'), problem('z.md', 9)], 2, 1);
    expect(report.split('\n')).toEqual([
      'z.md:9:1  date: impossible date',
      '… and 1 more problem in 1 file',
      '2 content files checked: 1 error, 1 warning',
    ]);
  });

  it('prints them all when asked to', () => {
    const many = Array.from({ length: 80 }, (_, i) => problem('a.md', i + 1));
    expect(formatReport(many, 1, Number.POSITIVE_INFINITY).split('\n')).toHaveLength(81);
  });
});
