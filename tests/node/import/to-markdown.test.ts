import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, safeHref } from '../../../src/node/import/to-markdown.ts';
import { parseMarkdownFile } from '../../../src/node/content/markdown.ts';

describe('safeHref', () => {
  it('keeps absolute http, https and mailto targets', () => {
    expect(safeHref('https://a.example/x', null)).toBe('https://a.example/x');
    expect(safeHref('mailto:desk@a.example', null)).toBe('mailto:desk@a.example');
  });

  it('resolves relative targets against the page address, and refuses them without one', () => {
    expect(safeHref('/contact', 'https://a.example/news/1')).toBe('https://a.example/contact');
    expect(safeHref('/contact', null)).toBeNull();
  });

  it('refuses javascript:, data:, file: and unparsable targets', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'http://[::1',
    ])
      expect(safeHref(href, 'https://a.example/')).toBeNull();
  });
});

describe('htmlToMarkdown', () => {
  it('writes paragraphs, headings, emphasis, lists and quotes as Markdown', () => {
    expect(
      htmlToMarkdown(
        '<p>One <em>two</em> <strong>three</strong>.</p><h2>Sub</h2><ul><li>a</li><li>b</li></ul><blockquote><p>q</p></blockquote>',
        null,
      ),
    ).toBe('One _two_ **three**.\n\n## Sub\n\n-   a\n-   b\n\n> q');
  });

  it('never lets raw HTML through: text that looks like tags stays text', () => {
    const markdown = htmlToMarkdown('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;</p>', null);
    const parsed = parseMarkdownFile(markdown);
    expect(parsed.notices).toEqual([]);
    expect(parsed.blocks).toEqual([
      {
        type: 'paragraph',
        index: 0,
        children: [{ type: 'text', value: '<script>alert(1)</script> &amp;' }],
      },
    ]);
  });

  it('drops scripts, styles, iframes, forms, images and figures, leaving no trace', () => {
    const markdown = htmlToMarkdown(
      '<p>Kept.</p><script>alert(1)</script><style>p{}</style><iframe src="x"></iframe><form><input><button>Go</button></form><figure><img src="a.jpg" alt="alt"><figcaption>Caption</figcaption></figure><svg><text>t</text></svg>',
      null,
    );
    expect(markdown).toBe('Kept.');
  });

  it('drops an image outside a figure too: no `![alt](src)` reaches the file', () => {
    expect(
      htmlToMarkdown(
        '<p><img src="https://cdn.example/a.jpg" alt="A photo">Kept.</p><p><a href="https://a.example/"><img src="b.png"></a></p>',
        null,
      ),
    ).toBe('Kept.');
  });

  it('keeps a safe link and turns an unsafe one into its words', () => {
    expect(
      htmlToMarkdown(
        '<p><a href="https://a.example/x (1)">safe</a> and <a href="javascript:alert(1)">unsafe</a> and <a href="/rel">relative</a></p>',
        'https://a.example/news',
      ),
    ).toBe(
      '[safe](<https://a.example/x%20(1)>) and unsafe and [relative](<https://a.example/rel>)',
    );
  });
});
