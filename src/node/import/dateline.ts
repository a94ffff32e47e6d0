/**
 * What an article's own text states about where it was filed and who owns it, for the content
 * format's `dateline` and `copyright` fields. Both are read from the text as printed, never guessed:
 * a page whose first paragraph opens with no dateline gets none.
 */
import { bodyParagraphs } from '../../domain/body.ts';
import { parseMarkdownFile } from '../content/markdown.ts';

/**
 * A dateline opening the first paragraph: a place in capitals, or any place followed by the
 * agency in brackets, then a dash: "WASHINGTON (AP) —", "SAN FRANCISCO (AP) —",
 * "Washington (CNN) --", "NEW YORK--Verizon …", "BERLIN (dpa) -", and in a script without
 * capitals "دمشق، سوريا (CNN) --".
 */
const DATELINE =
  /^(?:(?<caps>\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,3}(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})?)\s*(?:\([^()]{1,40}\))?|(?<place>[\p{Lu}\p{Lo}][\p{L}\p{M}.'’-]*(?:[,،]? [\p{Lu}\p{Lo}][\p{L}\p{M}.'’-]*){0,3})\s*\([^()]{1,40}\))\s*(?:—|–|--?)\s*\S/u;

/** A word written in capitals as a reader writes a place name ("SAN" → "San"; "D.C." stays). */
function placeCase(word: string): string {
  return /\./.test(word) || !/^\p{Lu}+$/u.test(word.replace(/[,'’-]/g, ''))
    ? word
    : word.replace(/\p{L}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

/** The place of the dateline that opens a first paragraph, or null when it opens with none. */
export function articleDateline(firstParagraph: string | undefined): string | null {
  const match = DATELINE.exec(firstParagraph ?? '');
  const place = (match?.groups?.['caps'] ?? match?.groups?.['place'])?.replace(/-+$/, '');
  if (!place || place.replace(/[^\p{L}]/gu, '').length < 2) return null;
  return place.split(' ').map(placeCase).join(' ');
}

/** A copyright line: it opens with "©", "(c)" or "Copyright", and is a line, not a paragraph. */
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)/i;

/**
 * The copyright lines that close an article ("Copyright 2011 The Associated Press. All rights
 * reserved."), taken out of its Markdown body so they are shown as the page's copyright, not as
 * its last paragraph.
 */
export function splitCopyright(markdown: string): { markdown: string; copyright: string[] } {
  const blocks = markdown.trimEnd().split(/\n{2,}/);
  const copyright: string[] = [];
  while (blocks.length > 1) {
    const text = bodyParagraphs(parseMarkdownFile(blocks.at(-1) ?? '').blocks)
      .join(' ')
      .trim();
    if (!COPYRIGHT.test(text) || text.length > 300) break;
    copyright.unshift(text);
    blocks.pop();
  }
  return { markdown: copyright.length ? `${blocks.join('\n\n')}\n` : markdown, copyright };
}
