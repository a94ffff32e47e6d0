/**
 * A Markdown or text file's body made safe to store, changing nothing else a reader sees: raw
 * HTML becomes literal characters (each `<` in it escaped) and a link whose target is not an
 * absolute http, https or mailto URL keeps only its words. Edits are made on the source text at
 * the positions remark reports, so the rest of the author's Markdown stays byte for byte.
 */
import type * as md from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isSafeUrl } from '../content/markdown.ts';
import { cleanText, escapeMarkdown } from './clean-text.ts';

interface Edit {
  start: number;
  end: number;
  text: string;
}

const processor = unified().use(remarkParse);

function edits(root: md.Root, source: string): Edit[] {
  const out: Edit[] = [];
  const definitions = new Map<string, string>();
  const walk = (node: md.Nodes): void => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(root);
  const visit = (node: md.Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'html' && start !== undefined && end !== undefined) {
      for (let i = start; i < end; i++)
        if (source[i] === '<') out.push({ start: i, end: i, text: '\\' });
      return;
    }
    if (
      (node.type === 'link' || node.type === 'linkReference') &&
      start !== undefined &&
      end !== undefined
    ) {
      const url = node.type === 'link' ? node.url : definitions.get(node.identifier);
      if (url !== undefined && !isSafeUrl(url)) {
        const first = node.children[0]?.position?.start.offset;
        const last = node.children.at(-1)?.position?.end.offset;
        if (first === undefined || last === undefined) out.push({ start, end, text: '' });
        else {
          out.push({ start, end: first, text: '' });
          out.push({ start: last, end, text: '' });
        }
      }
    }
    if ('children' in node) node.children.forEach(visit);
  };
  root.children.forEach(visit);
  return out;
}

/** Markdown with raw HTML made literal and unsafe links reduced to their words. */
export function safeMarkdown(markdown: string): string {
  let text = cleanText(markdown);
  const list = edits(processor.parse(text), text).sort(
    (a, b) => b.start - a.start || b.end - a.end,
  );
  for (const edit of list) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text.trim();
}

/** Plain text to Markdown that reads back as the same characters, paragraph by paragraph. */
export function textToMarkdown(text: string): string {
  return cleanText(text)
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => escapeMarkdown(line.trim()))
        .join('\n'),
    )
    .filter((p) => p.trim() !== '')
    .join('\n\n');
}
