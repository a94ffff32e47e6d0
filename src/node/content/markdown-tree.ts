/**
 * The Markdown syntax tree of a file, with remark doing only the parsing that needs it.
 *
 * Why: news text is mostly plain paragraphs, and remark (micromark) reads it at about half a
 * megabyte a second: 0.3–0.5 s for the seed pair ×100, more than the whole comparison, and most
 * of the CPU time of loading a large archive. A paragraph with no character that Markdown gives a
 * meaning to is, to CommonMark, its lines joined by line feeds; this module builds that node
 * itself and hands every other stretch of the file to remark, then shifts remark's positions to
 * where the stretch sits in the file. The tree is the one remark gives for the whole file, node
 * for node and position for position (a property test checks exactly that).
 *
 * The file is cut at blank lines, where no block construct but a few continues: lists (a blank
 * line may sit between items), fenced and indented code, HTML blocks and link definitions (which
 * reach across the file). A file with any of those, or with carriage returns or NUL, goes to
 * remark whole.
 */
import type * as md from 'mdast';

type Parse = (text: string) => md.Root;

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Constructs that may run across a blank line or reach across the file: whole-file parse. */
const WHOLE_FILE = /\]:|^(?:[ \t]+[^ \t\n]|-|[+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|```|~~~|<)/m;

/** Carriage returns end lines too, and NUL is replaced: such files are not cut here. */
const OTHER_LINE_ENDS = /[\r\0]/;

/** A character Markdown reads as syntax anywhere in a line, or a control character. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const SYNTAX_CHARACTER = /[\\`*_[\]<>&\x00-\x08\x0b-\x1f\x7f]/;

/** A line start Markdown reads as syntax (heading, quote, setext underline, list, break). */
const SYNTAX_LINE_START = /^(?:[#>=\-+*_]|\d{1,9}[.)])/;

/** YAML frontmatter as remark-frontmatter reads it: `---` lines at the very start. */
const FRONTMATTER = /^---[ \t]*\n(?:[^]*?\n)??---[ \t]*(?=\n|$)/;

const BLANK = /^[ \t]*$/;

export function markdownTree(source: string, parse: Parse): md.Root {
  if (OTHER_LINE_ENDS.test(source)) return parse(source);
  const front = FRONTMATTER.exec(source)?.[0] ?? '';
  if (WHOLE_FILE.test(front ? source.slice(front.length) : source)) return parse(source);
  const children: md.RootContent[] = [];
  if (front) children.push(yaml(front));
  // Stretches remark must read, merged while they follow each other: [start, end offset).
  let pending: { start: Point; end: number } | null = null;
  const flush = () => {
    if (pending) {
      const text = source.slice(pending.start.offset, pending.end);
      children.push(...shifted(parse(text).children, pending.start));
    }
    pending = null;
  };
  const lines = source.split('\n');
  // The body starts on the line after the frontmatter's closing fence.
  let index = front ? front.split('\n').length : 0;
  let offset = front ? front.length + 1 : 0;
  while (index < lines.length) {
    const first = lines[index] ?? '';
    if (BLANK.test(first)) {
      offset += first.length + 1;
      index += 1;
      continue;
    }
    let end = index;
    while (end < lines.length && !BLANK.test(lines[end] ?? '')) end += 1;
    const block = lines.slice(index, end);
    const length = block.join('\n').length;
    const start: Point = { line: index + 1, column: 1, offset };
    if (isPlain(block)) {
      flush();
      children.push(paragraph(block, start, length));
    } else if (pending) {
      pending.end = offset + length;
    } else {
      pending = { start, end: offset + length };
    }
    offset += length + 1;
    index = end;
  }
  flush();
  return { type: 'root', children, position: rootPosition(lines, source.length) };
}

/** The frontmatter node remark-frontmatter makes: the text between the fence lines. */
function yaml(front: string): md.Yaml {
  const lines = front.split('\n');
  return {
    type: 'yaml',
    value: lines.slice(1, -1).join('\n'),
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: {
        line: lines.length,
        column: (lines[lines.length - 1] ?? '').length + 1,
        offset: front.length,
      },
    },
  };
}

function isPlain(block: readonly string[]): boolean {
  for (const line of block) {
    if (SYNTAX_CHARACTER.test(line) || SYNTAX_LINE_START.test(line)) return false;
    const last = line.charCodeAt(line.length - 1);
    if (last === 0x20 || last === 0x09) return false; // a hard break or trimmed space
  }
  return true;
}

function paragraph(block: readonly string[], start: Point, length: number): md.Paragraph {
  const position = {
    start,
    end: {
      line: start.line + block.length - 1,
      column: (block[block.length - 1] ?? '').length + 1,
      offset: start.offset + length,
    },
  };
  const text: md.Text = {
    type: 'text',
    value: block.join('\n'),
    position: structuredClone(position),
  };
  return { type: 'paragraph', children: [text], position };
}

/** remark's nodes of a stretch parsed alone, with positions moved to where the stretch sits. */
function shifted(nodes: md.RootContent[], start: Point): md.RootContent[] {
  const move = (node: md.Nodes): void => {
    const position = node.position;
    if (position) {
      for (const point of [position.start, position.end]) {
        point.line += start.line - 1;
        if (point.offset !== undefined) point.offset += start.offset;
      }
    }
    if ('children' in node) for (const child of node.children) move(child);
  };
  for (const node of nodes) move(node);
  return nodes;
}

function rootPosition(lines: readonly string[], length: number): md.Root['position'] {
  return {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1, offset: length },
  };
}
