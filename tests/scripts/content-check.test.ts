import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const check = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts', ...args], {
    encoding: 'utf8',
  });

describe('npm run content:check', () => {
  it('exits 0 with a one-line summary on valid content', () => {
    const result = check('content');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('2 content files checked: 0 errors, 0 warnings\n');
  });

  it('exits 1 and lists every problem with file, line and field on broken content', () => {
    const result = check('tests/fixtures/invalid');
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.at(-1)).toBe('14 content files checked: 13 errors, 0 warnings');
    expect(
      lines.filter((l) => /^tests\/fixtures\/invalid\/[\w-]+\.md:\d+:\d+ {2}[\w.[\]]+: /.test(l)),
    ).toHaveLength(13);
  });
});
