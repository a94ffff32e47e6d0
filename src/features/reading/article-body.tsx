import type { ReactNode } from 'react';
import type { Block, Inline } from '../../domain/body.ts';
import { paragraphAnchor } from '../../shared/paths.ts';

/**
 * Renders the build's body tree as React elements. Text is always a React text node, so nothing
 * in an article can become markup; links were restricted to http(s)/mailto at build time.
 */
export function ArticleBody({ blocks }: { blocks: readonly Block[] }) {
  return <>{blocks.map(renderBlock)}</>;
}

function renderBlock(block: Block, key: number): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return (
        <p key={key} id={paragraphAnchor(block.index)}>
          {block.children.map(renderInline)}
          <ParagraphLink index={block.index} />
        </p>
      );
    case 'heading': {
      // The article title is the page's h1, so body headings start one level below it.
      const Tag = `h${Math.min(block.depth + 1, 6)}` as 'h2';
      return (
        <Tag key={key} id={paragraphAnchor(block.index)}>
          {block.children.map(renderInline)}
        </Tag>
      );
    }
    case 'code':
      return (
        <pre key={key} id={paragraphAnchor(block.index)}>
          <code>{block.value}</code>
        </pre>
      );
    case 'blockquote':
      return <blockquote key={key}>{block.children.map(renderBlock)}</blockquote>;
    case 'list': {
      const items = block.items.map((item, i) => <li key={i}>{item.map(renderBlock)}</li>);
      return block.ordered ? (
        <ol key={key} start={block.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'thematicBreak':
      return <hr key={key} />;
  }
}

/**
 * A "¶" link to the paragraph, shown on hover or focus, to link or copy. Left out of the search
 * index, where it stood in result excerpts between two paragraphs ("South China Sea. ¶ Defense").
 */
function ParagraphLink({ index }: { index: number }) {
  const anchor = paragraphAnchor(index);
  return (
    <a className="para-link" href={`#${anchor}`} aria-label={`Link to paragraph ${index + 1}`}>
      ¶
    </a>
  );
}

function renderInline(node: Inline, key: number): ReactNode {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'emphasis':
      return <em key={key}>{node.children.map(renderInline)}</em>;
    case 'strong':
      return <strong key={key}>{node.children.map(renderInline)}</strong>;
    case 'delete':
      return <del key={key}>{node.children.map(renderInline)}</del>;
    case 'code':
      return <code key={key}>{node.value}</code>;
    case 'break':
      return <br key={key} />;
    case 'link':
      return (
        <a key={key} href={node.href} title={node.title} rel="noopener noreferrer" target="_blank">
          {node.children.map(renderInline)}
        </a>
      );
  }
}
