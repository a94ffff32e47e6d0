/**
 * Markdown to the body tree, at build time only. remark (CommonMark) parses; this file only maps
 * its syntax tree onto the small `Block`/`Inline` types the browser renders, and decides what is
 * not allowed through: raw HTML stays visible as text, links with schemes other than http, https
 * and mailto become text, images become their alt text. Each of those is a warning with its line.
 */
import type * as md from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block, Inline, TextBlock } from '../../domain/body.ts';
import { markdownTree } from './markdown-tree.ts';

export interface MarkdownNotice {
  line: number;
  column: number;
  message: string;
  hint?: string;
}

export interface ParsedMarkdown {
  /** The YAML frontmatter's text and the file line it starts on, or null when there is none. */
  frontmatter: { text: string; line: number } | null;
  /** The 1-based file line where the body begins (after the frontmatter). */
  bodyLine: number;
  blocks: Block[];
  notices: MarkdownNotice[];
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** remark's syntax tree of a whole text: the reference `markdownTree` must equal. */
export const remarkTree = (source: string): md.Root => processor.parse(source);

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Parse a whole content file: frontmatter (if first) and the body. Never throws on any text. */
export function parseMarkdownFile(source: string): ParsedMarkdown {
  const root = markdownTree(source, remarkTree);
  const first = root.children[0];
  let frontmatter: ParsedMarkdown['frontmatter'] = null;
  let children = root.children;
  let bodyLine = 1;
  if (first?.type === 'yaml') {
    frontmatter = { text: first.value, line: (first.position?.start.line ?? 1) + 1 };
    children = root.children.slice(1);
    bodyLine = (first.position?.end.line ?? 0) + 1;
  }
  const converter = new Converter(collectDefinitions(root));
  const blocks = converter.blocks(children);
  return { frontmatter, bodyLine, blocks, notices: converter.notices };
}

function collectDefinitions(root: md.Root): Map<string, md.Definition> {
  const found = new Map<string, md.Definition>();
  const walk = (nodes: readonly md.Nodes[]): void => {
    for (const node of nodes) {
      if (node.type === 'definition' && !found.has(node.identifier))
        found.set(node.identifier, node);
      if ('children' in node) walk(node.children);
    }
  };
  walk(root.children);
  return found;
}

class Converter {
  readonly notices: MarkdownNotice[] = [];
  private index = 0;

  private readonly definitions: Map<string, md.Definition>;

  constructor(definitions: Map<string, md.Definition>) {
    this.definitions = definitions;
  }

  blocks(nodes: readonly md.RootContent[]): Block[] {
    const out: Block[] = [];
    for (const node of nodes) {
      const block = this.block(node);
      if (block) out.push(block);
    }
    return out;
  }

  private textBlock<T extends TextBlock>(make: (index: number) => T): T {
    return make(this.index++);
  }

  private block(node: md.RootContent): Block | null {
    switch (node.type) {
      case 'paragraph': {
        const children = this.inlines(node.children);
        if (children.length === 0) return null;
        return this.textBlock((index) => ({ type: 'paragraph', index, children }));
      }
      case 'heading':
        return this.textBlock((index) => ({
          type: 'heading',
          index,
          depth: node.depth,
          children: this.inlines(node.children),
        }));
      case 'code':
        return this.textBlock((index) =>
          node.lang
            ? { type: 'code', index, lang: node.lang, value: node.value }
            : { type: 'code', index, value: node.value },
        );
      case 'blockquote':
        return { type: 'blockquote', children: this.blocks(node.children) };
      case 'list':
        return {
          type: 'list',
          ordered: node.ordered === true,
          ...(node.ordered && typeof node.start === 'number' ? { start: node.start } : {}),
          items: node.children.map((item) => this.blocks(item.children)),
        };
      case 'thematicBreak':
        return { type: 'thematicBreak' };
      case 'html':
        this.notice(
          node,
          'raw HTML is not rendered; it is shown as text',
          'write the text in Markdown instead of HTML',
        );
        return this.textBlock((index) => ({
          type: 'paragraph',
          index,
          children: [{ type: 'text', value: node.value }],
        }));
      case 'definition':
      case 'yaml':
        return null;
      default:
        this.notice(node, `unsupported Markdown element "${node.type}" was left out`);
        return null;
    }
  }

  private inlines(nodes: readonly md.PhrasingContent[]): Inline[] {
    const out: Inline[] = [];
    for (const node of nodes) {
      const result = this.inline(node);
      for (const inline of result === null ? [] : Array.isArray(result) ? result : [result]) {
        const last = out[out.length - 1];
        // Adjacent text runs (e.g. a link downgraded to text) are merged so the tree stays minimal.
        if (inline.type === 'text' && last?.type === 'text') last.value += inline.value;
        else out.push({ ...inline });
      }
    }
    return out;
  }

  /** One node, or several when a refused link leaves its content in its place. */
  private inline(node: md.PhrasingContent): Inline | Inline[] | null {
    switch (node.type) {
      case 'text':
        return { type: 'text', value: node.value };
      case 'emphasis':
      case 'strong':
      case 'delete':
        return { type: node.type, children: this.inlines(node.children) };
      case 'inlineCode':
        // CommonMark: line endings inside a code span read as spaces.
        return { type: 'code', value: node.value.replace(/\r\n|\r|\n/g, ' ') };
      case 'break':
        return { type: 'break' };
      case 'link':
        return this.link(node, node.url, node.title, node.children);
      case 'linkReference': {
        const definition = this.definitions.get(node.identifier);
        if (!definition)
          return [
            { type: 'text', value: '[' },
            ...this.inlines(node.children),
            { type: 'text', value: ']' },
          ];
        return this.link(node, definition.url, definition.title, node.children);
      }
      case 'image':
      case 'imageReference':
        this.notice(
          node,
          'images are not shown in the body; the alt text is kept as text',
          'describe the photo in the frontmatter field photo.caption',
        );
        return node.alt ? { type: 'text', value: node.alt } : null;
      case 'html':
        this.notice(
          node,
          'raw HTML is not rendered; it is shown as text',
          'write the text in Markdown instead of HTML',
        );
        return { type: 'text', value: node.value };
      default:
        this.notice(node, `unsupported Markdown element "${node.type}" was left out`);
        return null;
    }
  }

  private link(
    node: md.Node,
    url: string,
    title: string | null | undefined,
    children: md.PhrasingContent[],
  ): Inline | Inline[] {
    const inner = this.inlines(children);
    if (!isSafeUrl(url)) {
      this.notice(
        node,
        `link target ${JSON.stringify(url)} is not http, https or mailto; the link is shown as plain text`,
      );
      return inner; // the link's words stay, with their emphasis; only the link goes
    }
    return title
      ? { type: 'link', href: url, title, children: inner }
      : { type: 'link', href: url, children: inner };
  }

  private notice(node: md.Node, message: string, hint?: string): void {
    const line = node.position?.start.line ?? 1;
    const column = node.position?.start.column ?? 1;
    this.notices.push(hint ? { line, column, message, hint } : { line, column, message });
  }
}

/** Only absolute http(s) and mailto URLs pass: relative or scheme-less targets have no meaning here. */
export function isSafeUrl(url: string): boolean {
  try {
    return SAFE_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
