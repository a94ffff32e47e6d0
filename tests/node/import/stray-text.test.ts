import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeStrayText } from '../../../src/node/import/stray-text.ts';

const after = (body: string) => {
  const doc = new JSDOM(`<html><body>${body}</body></html>`).window.document;
  removeStrayText(doc);
  return doc.body.textContent?.replace(/\s+/g, ' ').trim();
};

describe('removeStrayText', () => {
  it('drops a paragraph that is a label and a link to another story', () => {
    expect(
      after(`<p>The mayor spoke.</p><p><b>IN TEXAS: </b><a href="/s/1">Family quarantined</a></p>
        <p>Related: <a href="/s/2">Earlier coverage</a></p><p>She left.</p>`),
    ).toBe('The mayor spoke. She left.');
  });

  it('keeps a sentence that ends in a link, and a label followed by more than the link', () => {
    const kept = `<p>Officials said: <a href="/r">the report is late</a></p> <p>UPDATE: the road <a href="/m">reopened</a></p> <p><a href="/x">A linked sentence alone.</a></p>`;
    expect(after(kept)).toBe(
      'Officials said: the report is late UPDATE: the road reopened A linked sentence alone.',
    );
  });

  it('drops the letter an icon font draws, not words in an icon box', () => {
    expect(
      after(
        '<p>Search <span class="icon notranslate">S</span></p><span class="icon-label">Share this</span>',
      ),
    ).toBe('Search Share this');
  });
});
