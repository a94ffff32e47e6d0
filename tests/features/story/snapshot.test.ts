import { describe, expect, it } from 'vitest';
import { cleanClone, inPrintLayout, snapshotHtml } from '../../../src/features/story/snapshot.ts';

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
        <div class="toolbar screen-only"><button>Next change</button></div>
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

  it('leaves out the controls only a running page can work', () => {
    const clone = cleanClone(setUp(), 'https://news.example/compare/a/b');
    expect(clone.querySelector('.screen-only')).toBeNull();
    expect(clone.textContent).not.toContain('Next change');
  });

  it('leaves out what is not shown: the comparison keeps its other mode mounted but hidden', () => {
    const element = setUp();
    element.insertAdjacentHTML(
      'beforeend',
      '<div data-view="side"><p>Shown rows</p></div><div data-view="inline" hidden><p>Hidden inline</p></div>',
    );
    const clone = cleanClone(element, 'https://news.example/compare/a/b');
    expect(clone.textContent).toContain('Shown rows');
    expect(clone.textContent).not.toContain('Hidden inline');
  });

  it('is taken in the print layout, so folded text is in the file', () => {
    const element = setUp();
    const folded = document.createElement('p');
    folded.textContent = '2 unchanged paragraphs';
    element.append(folded);
    const unfold = () => (folded.textContent = 'The first paragraph. The second paragraph.');
    const fold = () => (folded.textContent = '2 unchanged paragraphs');
    window.addEventListener('beforeprint', unfold);
    window.addEventListener('afterprint', fold);
    try {
      const html = inPrintLayout(window, () =>
        snapshotHtml(element, document, { title: 'A vs B', savedAt: new Date() }),
      );
      expect(html).toContain('The first paragraph. The second paragraph.');
      expect(html).not.toContain('2 unchanged paragraphs');
      expect(folded.textContent).toBe('2 unchanged paragraphs');
    } finally {
      window.removeEventListener('beforeprint', unfold);
      window.removeEventListener('afterprint', fold);
    }
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
