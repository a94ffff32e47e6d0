/**
 * The Markdown pipeline (remark at build time → body tree → React) against the CommonMark
 * specification's own examples (npm `commonmark-spec`, 0.31.2).
 *
 * Compared as structure: elements, the attributes that carry meaning (href, title, start) and
 * text with whitespace collapsed. The differences below are deliberate, each applied to the
 * expected HTML by a named rule, so every other difference fails:
 * - `heading-level`: body headings render one level down (the page's h1 is the headline).
 * - `image-alt`: images become their alt text (articles carry no image files; the photo is
 *   described in frontmatter).
 * - `unsafe-link`: a link whose target is not an absolute http, https or mailto URL becomes its
 *   text (a relative URL has no meaning inside a news body; other schemes are refused).
 * - `tight-list`: list items always hold paragraphs; the tight/loose distinction is not kept.
 * - `code-language`: the info string of a fenced code block is not shown.
 * Raw HTML (the "HTML blocks" and "Raw HTML" sections, and inline HTML anywhere) must come out as
 * visible text, never as elements.
 */
import { createRequire } from 'node:module';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { isSafeUrl, parseMarkdownFile } from '../../../src/node/content/markdown.ts';
import { ArticleBody } from '../../../src/features/reading/article-body.tsx';

interface Example {
  markdown: string;
  html: string;
  section: string;
  number: number;
}
// The spec writes a tab as "→" so it can be seen; its own test runner puts the tabs back.
const EXAMPLES = (createRequire(import.meta.url)('commonmark-spec').tests as Example[]).map(
  (e) => ({
    ...e,
    markdown: e.markdown.replaceAll('→', '\t'),
    html: e.html.replaceAll('→', '\t'),
  }),
);
const HTML_SECTIONS = new Set(['HTML blocks', 'Raw HTML']);
type Rule = 'heading-level' | 'image-alt' | 'unsafe-link' | 'tight-list' | 'code-language';

const KEPT_ATTRIBUTES: Record<string, string[]> = { a: ['href', 'title'], ol: ['start'] };
const PRESERVE_SPACE = new Set(['pre']);

/**
 * An example is a body, so it is parsed as one: after a frontmatter block, as in a content file
 * (otherwise a body that opens with `---` would be read as frontmatter).
 */
const asContentFile = (markdown: string) => `---\nid: example\n---\n${markdown}`;

function render(markdown: string): HTMLElement {
  const { blocks } = parseMarkdownFile(asContentFile(markdown));
  const root = document.createElement('div');
  root.innerHTML = renderToStaticMarkup(<ArticleBody blocks={blocks} />);
  for (const decoration of root.querySelectorAll('.para-link')) decoration.remove();
  return root;
}

function parse(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

/** Applies the deliberate differences to the expected HTML; returns the rules that changed it. */
function applyRules(root: HTMLElement): Set<Rule> {
  const used = new Set<Rule>();
  for (const img of root.querySelectorAll('img')) {
    img.replaceWith(document.createTextNode(img.getAttribute('alt') ?? ''));
    used.add('image-alt');
  }
  for (const a of root.querySelectorAll('a')) {
    if (isSafeUrl(a.getAttribute('href') ?? '')) continue;
    a.replaceWith(...a.childNodes);
    used.add('unsafe-link');
  }
  for (const h of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Math.min(Number(h.tagName[1]) + 1, 6);
    const moved = document.createElement(`h${level}`);
    moved.append(...h.childNodes);
    h.replaceWith(moved);
    used.add('heading-level');
  }
  for (const code of root.querySelectorAll('pre > code[class]')) {
    code.removeAttribute('class');
    used.add('code-language');
  }
  for (const li of root.querySelectorAll('li'))
    if ([...li.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()))
      used.add('tight-list');
  root.normalize();
  return used;
}

const BLOCKS = new Set([
  'P',
  'UL',
  'OL',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'HR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);
const isBlock = (node: Node | null) => node instanceof Element && BLOCKS.has(node.tagName);

/** A canonical text of the structure: tags, meaningful attributes, collapsed text. */
function canon(root: HTMLElement): string {
  // A tight list item's text is wrapped in a paragraph (tight and loose lists compare alike),
  // and an empty paragraph (an image with no alt text) is no paragraph.
  for (const li of root.querySelectorAll('li')) {
    let run: ChildNode[] = [];
    const wrap = () => {
      if (run.some((n) => n.nodeType !== Node.TEXT_NODE || n.textContent?.trim())) {
        const p = document.createElement('p');
        run[0]?.before(p);
        p.append(...run);
      }
      run = [];
    };
    for (const child of [...li.childNodes]) {
      if (isBlock(child)) wrap();
      else run.push(child);
    }
    wrap();
  }
  for (const p of root.querySelectorAll('p')) if (p.childNodes.length === 0) p.remove();
  root.normalize();
  return canonNode(root, false);
}

function canonNode(node: Node, inPre: boolean): string {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.textContent ?? '';
    // A code block's final newlines are not content (mdast drops one; the reference keeps it).
    if (inPre) return JSON.stringify(node.nextSibling ? text : text.replace(/\n+$/, ''));
    let collapsed = text.replace(/\s+/g, ' ');
    // Spaces next to a block, at the edges of an element, or after a hard break mean nothing.
    if (
      !node.previousSibling ||
      isBlock(node.previousSibling) ||
      node.previousSibling.nodeName === 'BR'
    )
      collapsed = collapsed.trimStart();
    if (!node.nextSibling || isBlock(node.nextSibling)) collapsed = collapsed.trimEnd();
    return collapsed ? JSON.stringify(collapsed) : '';
  }
  if (!(node instanceof Element)) return '';
  const tag = node.tagName.toLowerCase();
  const attrs = (KEPT_ATTRIBUTES[tag] ?? [])
    .map((name) => [name, node.getAttribute(name)] as const)
    .filter(([name, value]) => value !== null && !(name === 'start' && value === '1'))
    .map(
      ([name, value]) =>
        ` ${name}=${JSON.stringify(name === 'href' ? normalizeUrl(value ?? '') : value)}`,
    )
    .join('');
  const pre = inPre || PRESERVE_SPACE.has(tag);
  const inner = [...node.childNodes].map((child) => canonNode(child, pre)).join('');
  return `<${tag}${attrs}>${inner}</${tag}>`;
}

/** One spelling per URL: percent-encoding undone, then the URL parser's canonical form. */
function normalizeUrl(url: string): string {
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // a malformed escape stays as written
  }
  try {
    return new URL(decoded).href;
  } catch {
    return decoded;
  }
}

/** Examples whose Markdown holds raw HTML (inline or block): checked for inertness instead. */
const hasRawHtml = (markdown: string) =>
  parseMarkdownFile(asContentFile(markdown)).notices.some((n) => n.message.startsWith('raw HTML'));

function compare(example: Example): { ok: boolean; rules: Set<Rule>; got: string; want: string } {
  const expected = parse(example.html);
  const rules = applyRules(expected);
  const got = canon(render(example.markdown));
  const want = canon(expected);
  return { ok: got === want, rules, got, want };
}

describe('CommonMark specification examples', () => {
  const raw = EXAMPLES.filter((e) => HTML_SECTIONS.has(e.section) || hasRawHtml(e.markdown));
  const structural = EXAMPLES.filter((e) => !raw.includes(e));

  it(`renders the ${structural.length} examples without raw HTML to the expected structure`, () => {
    const failures: string[] = [];
    const byRule = new Map<string, number>();
    let exact = 0;
    for (const example of structural) {
      const { ok, rules, got, want } = compare(example);
      if (!ok) {
        failures.push(`#${example.number} (${example.section})\n  got  ${got}\n  want ${want}`);
        continue;
      }
      if (rules.size === 0) exact += 1;
      for (const rule of rules) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
    }
    console.log(
      `CommonMark ${structural.length} examples: ${structural.length - failures.length} pass ` +
        `(${exact} exactly; with deliberate differences: ${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ')})`,
    );
    expect(failures).toEqual([]);
  });

  it(`keeps the ${raw.length} examples with raw HTML inert: no element comes from the HTML`, () => {
    const live: string[] = [];
    for (const example of raw) {
      const root = render(example.markdown);
      const allowed = new Set([
        'P',
        'EM',
        'STRONG',
        'CODE',
        'PRE',
        'A',
        'BR',
        'BLOCKQUOTE',
        'UL',
        'OL',
        'LI',
        'HR',
        'H2',
        'H3',
        'H4',
        'H5',
        'H6',
        'DEL',
      ]);
      for (const el of root.querySelectorAll('*'))
        if (!allowed.has(el.tagName))
          live.push(`#${example.number}: <${el.tagName.toLowerCase()}>`);
      // The HTML the author wrote is still there to read, as characters.
      const tag = /<\/?[a-zA-Z][\w-]*/.exec(example.markdown)?.[0];
      if (tag && !(root.textContent ?? '').includes(tag) && !example.markdown.includes('`'))
        live.push(`#${example.number}: "${tag}" not shown as text`);
    }
    expect(live).toEqual([]);
  });
});
