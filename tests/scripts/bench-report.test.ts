import { describe, expect, it } from 'vitest';
import { replaceBlock } from '../../scripts/bench-report.ts';

describe('the bench report keeps one block per section', () => {
  it('appends a section the document does not have yet', () => {
    const doc = replaceBlock('# Benchmarks\n', 'engine', 'fast');
    expect(doc).toBe('# Benchmarks\n\n<!-- bench:engine -->\n\nfast\n\n<!-- /bench:engine -->\n');
  });

  it('replaces only the block of the section that ran', () => {
    const two = replaceBlock(replaceBlock('# B\n', 'engine', 'old'), 'routes', 'kept');
    const updated = replaceBlock(two, 'engine', 'new');
    expect(updated).toContain('<!-- bench:engine -->\n\nnew\n\n<!-- /bench:engine -->');
    expect(updated).toContain('<!-- bench:routes -->\n\nkept\n\n<!-- /bench:routes -->');
    expect(updated).not.toContain('old');
  });

  it('writes what Prettier would: blank lines around the body, no trailing spaces', async () => {
    const { format } = await import('prettier');
    const doc = replaceBlock('# B\n', 'engine', '## engine\n\n```text\n  a   \n  b\n```\n');
    expect(await format(doc, { parser: 'markdown' })).toBe(doc);
  });
});
