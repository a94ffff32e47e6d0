/**
 * The article body as it reaches the browser: a small typed tree made at build time from
 * Markdown, so the browser never parses Markdown and never receives HTML.
 *
 * Every block that holds running text (a paragraph, a heading, a code block) carries `index`,
 * its position among all such blocks of the article. The same number anchors the paragraph in
 * the reading view (`#p-3`) and locates sentences in a comparison, so both views agree on what
 * "paragraph 3" is.
 */

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'delete'; children: Inline[] }
  | { type: 'code'; value: string }
  | { type: 'link'; href: string; title?: string; children: Inline[] }
  | { type: 'break' };

export type TextBlock =
  | { type: 'paragraph'; index: number; children: Inline[] }
  | { type: 'heading'; index: number; depth: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'code'; index: number; lang?: string; value: string };

export type Block =
  | TextBlock
  | { type: 'blockquote'; children: Block[] }
  | { type: 'list'; ordered: boolean; start?: number; items: Block[][] }
  | { type: 'thematicBreak' };

/** Plain text of inline nodes, exactly as a reader sees it (a hard break reads as a newline). */
function inlineText(nodes: readonly Inline[]): string {
  let text = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'code':
        text += node.value;
        break;
      case 'break':
        text += '\n';
        break;
      default:
        text += inlineText(node.children);
    }
  }
  return text;
}

/** Plain text of a text block. */
export function textBlockText(block: TextBlock): string {
  return block.type === 'code' ? block.value : inlineText(block.children);
}

/** Every text block of a body in document order; `result[i].index === i`. */
export function textBlocks(blocks: readonly Block[]): TextBlock[] {
  const out: TextBlock[] = [];
  const walk = (list: readonly Block[]): void => {
    for (const block of list) {
      switch (block.type) {
        case 'paragraph':
        case 'heading':
        case 'code':
          out.push(block);
          break;
        case 'blockquote':
          walk(block.children);
          break;
        case 'list':
          for (const item of block.items) walk(item);
          break;
        case 'thematicBreak':
          break;
      }
    }
  };
  walk(blocks);
  return out;
}

/** The body as plain-text paragraphs, indexed like `TextBlock.index`: what the comparison reads. */
export function bodyParagraphs(blocks: readonly Block[]): string[] {
  return textBlocks(blocks).map(textBlockText);
}
