/**
 * The article HTML Readability kept, to the body Markdown of a content file, through turndown.
 * What reaches the file is Markdown only: text is escaped so no raw HTML can form, links keep
 * only http, https and mailto targets (anything else keeps its words), images, media, scripts,
 * styles, iframes, forms and widgets leave nothing (the photo is described in frontmatter).
 */
import TurndownService from 'turndown';
import { cleanText, escapeMarkdown } from './clean-text.ts';

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Elements whose content is never article text. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'img',
  'picture',
  'svg',
  'video',
  'audio',
  'canvas',
  'figure',
  'head',
]);

/**
 * A link's target as it will be written, or null when the link must become its words: resolved
 * against the page's address (relative links on a saved page have no page to resolve against
 * when no base is known, so they become words too).
 */
export function safeHref(href: string | null, base: string | null): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = base ? new URL(href.trim(), base) : new URL(href.trim());
  } catch {
    return null;
  }
  return SAFE_SCHEMES.has(url.protocol) ? url.href : null;
}

function service(base: string | null): TurndownService {
  const td = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '_',
    strongDelimiter: '**',
    hr: '* * *',
  });
  td.escape = (text: string) => escapeMarkdown(text);
  // A rule, not `td.remove`: turndown asks its own rules first, and its `image` rule would
  // write `![alt](src)` for every `<img>` outside a `<figure>`.
  td.addRule('dropped', {
    filter: (node) => DROPPED.has(node.nodeName.toLowerCase()),
    replacement: () => '',
  });
  td.addRule('safe-links', {
    filter: 'a',
    replacement: (content, node) => {
      const href = safeHref((node as HTMLElement).getAttribute('href'), base);
      const words = content.trim();
      if (!href || words === '') return content;
      // Angle-bracket destinations allow spaces and parentheses; `<` and `>` are percent-encoded
      // by URL, so the target cannot close early.
      return `[${words}](<${href}>)`;
    },
  });
  return td;
}

/** Article HTML (a fragment) to Markdown; `base` resolves relative links (the page's URL). */
export function htmlToMarkdown(html: string, base: string | null): string {
  const markdown = service(base).turndown(html);
  return cleanText(markdown)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
