import { describe, expect, it } from 'vitest';
import { MARKDOWN_LIMITS, markdownLimitBreach } from '../../../src/node/content/markdown-limits.ts';

const L = MARKDOWN_LIMITS;
const lines = (n: number, make: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => make(i)).join('\n');

describe('markdownLimitBreach', () => {
  it('passes ordinary Markdown: a quote nested 8 deep, lists, emphasis, links, a code fence', () => {
    const text = [
      '---\nid: x\ntags:\n  - a\n  - b\n---',
      '> > > > > > > > an old e-mail thread, quoted eight times',
      lines(
        40,
        (i) => `${'  '.repeat(i % 6)}- item **${i}** with a [link](https://a.example/${i}_x)`,
      ),
      '```c\n' + lines(300, () => 'int **p = *q * r[i]; /* _x_ */') + '\n```',
      lines(200, (i) => `Paragraph ${i} has *one* word in _emphasis_ and [a link][r].`).replace(
        /\n/g,
        '\n\n',
      ),
    ].join('\n\n');
    expect(markdownLimitBreach(text)).toBeNull();
  });

  it('passes a quote at the depth limit, refuses one level more, naming the line and the limit', () => {
    expect(markdownLimitBreach(`intro\n\n${'>'.repeat(L.depth)} deep`)).toBeNull();
    expect(markdownLimitBreach(`intro\n\n${'>'.repeat(10_000)} deep`)).toEqual({
      line: 3,
      column: 1,
      message:
        'nested too deeply to read: 10,000 quotes and list items open on one line (the limit is 100)',
    });
  });

  it('counts list markers, spaced quote marks and the indentation that nests list items', () => {
    expect(markdownLimitBreach('* '.repeat(10_000) + 'a')?.message).toMatch(/^nested too deeply/);
    expect(markdownLimitBreach('1. '.repeat(101) + 'a')?.message).toMatch(/^nested too deeply/);
    expect(markdownLimitBreach('> '.repeat(101) + 'a')?.message).toMatch(/^nested too deeply/);
    expect(markdownLimitBreach(`- a\n${' '.repeat(200)}- b`)?.message).toMatch(/^nested too/);
    const staircase = lines(300, (i) => `${'  '.repeat(i)}- a`);
    expect(markdownLimitBreach(staircase)).toMatchObject({ line: 63 }); // 1 + 2 + … + 63 > 2,000
  });

  it('refuses many nested containers in a file, each shallow enough', () => {
    const text = lines(2000, () => '* '.repeat(20) + 'a');
    expect(markdownLimitBreach(text)).toEqual({
      line: 101,
      column: 1,
      message: 'too many quotes and list items to read: more than 2,000 in the file (the limit)',
    });
  });

  it('refuses a paragraph thick with emphasis or bracket marks; escaped marks do not count', () => {
    expect(markdownLimitBreach('*'.repeat(10_000) + 'a' + '*'.repeat(10_000))?.message).toBe(
      'too much emphasis and link markup to read: more than 1,000 of * _ [ ] in one paragraph (the limit)',
    );
    expect(markdownLimitBreach('['.repeat(10_000) + 'a')?.message).toMatch(/in one paragraph/);
    expect(markdownLimitBreach('[a]('.repeat(50_000))?.message).toMatch(/in one paragraph/);
    expect(markdownLimitBreach('\\*'.repeat(10_000))).toBeNull();
  });

  it('counts the marks of each list item apart: a long list of links passes', () => {
    const links = lines(1500, (i) => `- [Source ${i}](https://a.example/${i})`);
    expect(markdownLimitBreach(links)).toBeNull();
  });

  it('refuses more marks in the file than the file limit, spread over paragraphs', () => {
    const text = lines(30, () => '*a_ '.repeat(400)).replace(/\n/g, '\n\n');
    expect(markdownLimitBreach(text)?.message).toBe(
      'too much emphasis and link markup to read: more than 20,000 of * _ [ ] in the file (the limit)',
    );
  });

  it('refuses a text longer than the character limit', () => {
    expect(markdownLimitBreach('a'.repeat(L.characters + 1))?.message).toBe(
      'too long to read: 1,000,001 characters (the limit is 1,000,000)',
    );
  });
});
