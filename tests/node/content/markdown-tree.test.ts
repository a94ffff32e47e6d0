/**
 * `markdownTree` is remark's tree of the whole file, node for node and position for position,
 * while it builds plain paragraphs itself and hands the rest of the file to remark in pieces.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownTree } from '../../../src/node/content/markdown-tree.ts';
import { remarkTree } from '../../../src/node/content/markdown.ts';

/** Counts remark's calls, and the text it was given, to see which stretches it read. */
function tracked() {
  const calls: string[] = [];
  const parse = (text: string) => {
    calls.push(text);
    return remarkTree(text);
  };
  return { calls, parse };
}

/** Lines made of words and of every piece of Markdown syntax, so files mix plain and marked text. */
const piece = fc.constantFrom(
  'Tokyo',
  'said',
  '4.2%',
  '“quoted”',
  'café',
  '😀',
  '\u00a0',
  '\t',
  ' ',
  '  ',
  '*',
  '_',
  '`',
  '[a](https://example.com)',
  '[a]',
  '[a]: https://example.com',
  '<b>',
  '<!--',
  '&amp;',
  '\\',
  '#',
  '>',
  '-',
  '---',
  '===',
  '+',
  '1.',
  '2)',
  '```',
  '~~~',
  '    ',
  '!',
  ':',
  '|',
  '\r',
  '\u0000',
  '\f',
);
const line = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
const file = fc
  .tuple(
    fc.constantFrom(
      '',
      '---\nid: a\n---\n',
      '---\n---\n',
      '---\nid: a\n---',
      '---\nx\n',
      '--- \nid: a\n---\t\n',
      '---\n\nid: a---\n----\n ---\n---\n',
      '----\nid: a\n----\n',
      '---\nid: a\n--- x\n',
    ),
    fc.array(fc.oneof(line, fc.constant('')), { maxLength: 14 }),
  )
  .map(([front, lines]) => front + lines.join('\n'));

describe('markdownTree', () => {
  it('equals the tree remark gives for the whole file, positions included', () => {
    fc.assert(
      fc.property(file, (source) => {
        expect(markdownTree(source, remarkTree)).toEqual(remarkTree(source));
      }),
      { numRuns: 4000 },
    );
  });

  it('equals remark on any text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (source) => {
        expect(markdownTree(source, remarkTree)).toEqual(remarkTree(source));
      }),
      { numRuns: 2000 },
    );
  });

  it('equals remark on every Markdown file of the content and the test fixtures', () => {
    const files = ['content', 'tests/fixtures'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.md'))
        .map((name) => path.join(dir, name)),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(markdownTree(source, remarkTree), file).toEqual(remarkTree(source));
    }
  });

  it('does not call remark for a file of plain paragraphs after its frontmatter', () => {
    const { calls, parse } = tracked();
    const source = '---\nid: a\n---\nTokyo said on Monday.\nIt rained.\n\n\nA second paragraph.\n';
    const tree = markdownTree(source, parse);
    expect(calls).toEqual([]);
    expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'paragraph', 'paragraph']);
  });

  it('gives remark only the stretches with syntax, adjacent ones together', () => {
    const { calls, parse } = tracked();
    markdownTree('Plain.\n\n## Heading\n\n*Emphasis*\n\nPlain again.', parse);
    expect(calls).toEqual(['## Heading\n\n*Emphasis*']);
  });

  it.each([
    ['a list, whose items a blank line may separate', '- one\n\n- two'],
    ['an ordered list', 'Text.\n\n1. one\n\n2. two'],
    ['fenced code, which may hold blank lines', '```\na\n\nb\n```'],
    ['indented code', 'Text.\n\n    code\n\n    more'],
    ['an HTML block', '<div>\n\nText.\n\n</div>'],
    ['a link definition, which reaches across the file', '[a]\n\n[a]: https://example.com'],
    ['carriage returns', 'One.\r\n\r\nTwo.'],
  ])('reads a file with %s as remark does, in one call', (_name, source) => {
    const { calls, parse } = tracked();
    expect(markdownTree(source, parse)).toEqual(remarkTree(source));
    expect(calls).toEqual([source]);
  });
});
