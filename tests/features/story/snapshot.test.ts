import { describe, expect, it } from 'vitest';
import { cleanClone, snapshotHtml } from '../../../src/features/story/snapshot.ts';

describe('a comparison saved as one HTML file', () => {
  const setUp = () => {
    document.head.innerHTML = '<style>.mark { background: yellow; }</style>';
    document.documentElement.dataset['theme'] = 'dark';
    document.documentElement.dataset['ready'] = 'true';
    document.body.innerHTML = `
      <div id="comparison">
        <h1>Comparing A and B</h1>
        <script>alert(1)</script>
        <p class="mark" onclick="steal()">changed <ins>words</ins></p>
        <a href="/articles/a">A</a> <a href="#pair-2">pair 2</a> <a href="javascript:evil()">x</a>
      </div>`;
    return document.getElementById('comparison') as HTMLElement;
  };

  it('keeps the text and marks but no script, handler or javascript: link', () => {
    const clone = cleanClone(setUp(), 'https://news.example/compare/a/b');
    expect(clone.querySelector('script')).toBeNull();
    expect(clone.querySelector('[onclick]')).toBeNull();
    expect(clone.querySelector('ins')?.textContent).toBe('words');
    const hrefs = [...clone.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://news.example/articles/a', '#pair-2', null]);
  });

  it('inlines the page styles and the reader look, and leaves the page itself untouched', () => {
    const element = setUp();
    const html = snapshotHtml(element, document, {
      title: 'A <vs> B',
      savedAt: new Date('2026-03-15T12:00:00Z'),
    });
    expect(html).toMatch(/^<!doctype html>\n<html data-theme="dark">/);
    expect(html).toContain('.mark { background: yellow; }');
    expect(html).toContain('<title>A &lt;vs&gt; B</title>');
    expect(html).toContain('on 2026-03-15.');
    expect(html).not.toMatch(/<script|onclick|data-ready/);
    expect(element.querySelector('script')).not.toBeNull();
  });
});
