import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../../src/node/content/markdown.ts';
import { bodyParagraphs } from '../../../src/domain/body.ts';
import { safeMarkdown, textToMarkdown } from '../../../src/node/import/safe-markdown.ts';

const parse = (markdown: string) => parseMarkdownFile(markdown);

describe('safeMarkdown', () => {
  it('leaves Markdown without HTML or unsafe links exactly as written', () => {
    const source = '# Title\n\nSome **bold** and a [link](https://a.example "t").\n\n- one\n- two';
    expect(safeMarkdown(source)).toBe(source);
  });

  it('makes inline and block HTML literal: no notice, the characters read as typed', () => {
    const out = safeMarkdown(
      'Costs <b>doubled</b>.\n\n<script>alert(1)</script>\n\n<div\nclass="x">hi</div>',
    );
    const parsed = parse(out);
    expect(parsed.notices).toEqual([]);
    expect(bodyParagraphs(parsed.blocks)).toEqual([
      'Costs <b>doubled</b>.',
      '<script>alert(1)</script>',
      '<div\nclass="x">hi</div>',
    ]);
  });

  it('reduces a link with an unsafe target to its words, keeping their emphasis', () => {
    const out = safeMarkdown(
      'See [the **map**](javascript:alert(1)) and [ref][r].\n\n[r]: data:text/html,x',
    );
    expect(out).toBe('See the **map** and ref.\n\n[r]: data:text/html,x');
    expect(parse(out).notices).toEqual([]);
  });
});

describe('textToMarkdown', () => {
  it('keeps plain text literal, paragraph by paragraph', () => {
    const text = '- not a list\n*not emphasis* <b>\n\n\n# not a heading & [x](y)';
    expect(bodyParagraphs(parse(textToMarkdown(text)).blocks)).toEqual([
      '- not a list\n*not emphasis* <b>',
      '# not a heading & [x](y)',
    ]);
  });
});
