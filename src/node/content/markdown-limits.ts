/**
 * What Markdown is refused before remark sees it. remark (micromark) is quadratic or worse on
 * some shapes a few kilobytes long: 10^4 nested quote marks, a line of 20 list markers repeated
 * 5,000 times (over two minutes), 10^4 emphasis marks in one paragraph (8 s), 50,000 `[a](`
 * (22 s). One linear pass over the text measures those shapes and names the first limit a text
 * passes, with its line; hand-written content (`parseArticle`) and imported text
 * (`importVersion`) are both checked with it. Figures behind each limit: docs/import.md.
 */
import { countText } from '../../engine/count-text.ts';

export const MARKDOWN_LIMITS = {
  /** Characters in one file: five times a very long feature article. */
  characters: 1_000_000,
  /** Quotes and list items open on one line (markdown-it's default `maxNesting` is 100 too). */
  depth: 100,
  /** Quote marks and list markers in the whole file, each nesting level counted. */
  containers: 2_000,
  /** Unescaped `*`, `_`, `[`, `]` in one paragraph, list item or heading, outside code fences. */
  delimitersPerParagraph: 1_000,
  /** The same marks in the whole file. */
  delimiters: 20_000,
} as const;

export interface MarkdownLimitBreach {
  line: number;
  column: number;
  /** One line: what the text holds and the limit it passes. */
  message: string;
}

const LIST_MARKER = /(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$)/y;
const FENCE = /^(`{3,}|~{3,})/;

/** The nesting a line's start opens, and where its text begins. Indent before a marker counts
 * as the nesting it may continue (a list item nested by two columns a level). */
function containerPrefix(line: string): { depth: number; end: number; item: boolean } {
  let depth = 0;
  let item = false;
  let i = 0;
  for (;;) {
    let indent = 0;
    while (line[i] === ' ' || line[i] === '\t') {
      indent += line[i] === '\t' ? 4 : 1;
      i++;
    }
    if (line[i] === '>') {
      depth++;
      i++;
      continue;
    }
    LIST_MARKER.lastIndex = i;
    const marker = LIST_MARKER.exec(line);
    if (!marker) return { depth, end: i, item };
    item = true;
    depth += 1 + Math.floor(indent / 2);
    i += marker[0].length;
  }
}

/** The first limit of `MARKDOWN_LIMITS` the text passes, or null when remark may parse it. */
export function markdownLimitBreach(source: string): MarkdownLimitBreach | null {
  const L = MARKDOWN_LIMITS;
  if (source.length > L.characters)
    return {
      line: 1,
      column: 1,
      message: `too long to read: ${countText(source.length)} characters (the limit is ${countText(L.characters)})`,
    };
  const lines = source.split(/\r\n|\r|\n/);
  let containers = 0;
  let delimiters = 0;
  let inParagraph = 0;
  let fence: string | null = null;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? '';
    const at = (message: string): MarkdownLimitBreach => ({ line: n + 1, column: 1, message });
    const { depth, end, item } = containerPrefix(line);
    if (depth > L.depth)
      return at(
        `nested too deeply to read: ${countText(depth)} quotes and list items open on one line (the limit is ${L.depth})`,
      );
    containers += depth;
    if (containers > L.containers)
      return at(
        `too many quotes and list items to read: more than ${countText(L.containers)} in the file (the limit)`,
      );
    const text = line.slice(end);
    // A list item or a heading starts a new run of inline text, as a blank line does.
    if (item || text.startsWith('#')) inParagraph = 0;
    if (text.trim() === '') {
      inParagraph = 0;
      continue;
    }
    const opens = FENCE.exec(text.trimStart())?.[1];
    if (opens && (fence === null || opens.startsWith(fence))) {
      fence = fence === null ? opens : null;
      continue;
    }
    if (fence !== null) continue;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if ((c === '*' || c === '_' || c === '[' || c === ']') && text[i - 1] !== '\\') {
        inParagraph++;
        delimiters++;
      }
    }
    if (inParagraph > L.delimitersPerParagraph)
      return at(
        `too much emphasis and link markup to read: more than ${countText(L.delimitersPerParagraph)} of * _ [ ] in one paragraph (the limit)`,
      );
    if (delimiters > L.delimiters)
      return at(
        `too much emphasis and link markup to read: more than ${countText(L.delimiters)} of * _ [ ] in the file (the limit)`,
      );
  }
  return null;
}
