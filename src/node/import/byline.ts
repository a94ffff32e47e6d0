/**
 * The article's byline as the page prints it, found next to the article's headline. Pages mark
 * many elements as a "byline" or an "author": the article's own, but also those of every teaser
 * in a "more stories" list, a carousel or a forum box. Readability takes the first one it meets
 * in document order, which on such pages names another article's author (a list in the
 * navigation comes first). The article's byline is the one printed beside its headline, so this
 * takes the marked element nearest the headline's `<h1>` (after it, or a little before), and
 * every author marked beside that one ("A" and "B" in two elements). Run on the whole page,
 * before anything is removed. Nothing is guessed: no marked element near the headline, no byline.
 */
import { cleanField } from './clean-text.ts';
import { cleanByline, joinNames } from './metadata.ts';

/**
 * Class or id words that mark a byline or an author (Readability's, and French, German,
 * Spanish), as whole words: "authorization" is a login box.
 */
const BYLINE_WORD =
  /^(?:by-?lines?|author|authors|authorname|authorlink|writtenby|auteurs?|autor(?:in|en)?)$/i;

/** Class or id words of elements beside a byline that carry a date, a picture or a biography. */
const NOT_BYLINE_WORD = /^(?:date|dateline|time|timestamp|avatar|photo|image|img|bio|about)$/i;

/** An element's class and id words: split at spaces, `-`, `_` and camel case ("authorName"). */
const classWords = (el: Element) =>
  `${el.getAttribute('class') ?? ''} ${el.id}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean);

/** A byline is short: longer text is an author box with a biography, or a whole teaser. */
const MAX_CHARS = 100;

/** How much text may stand between the headline and its byline (a standfirst, a date). */
const MAX_AFTER = 600;
const MAX_BEFORE = 200;

/** Authors marked one per element sit this close to each other ("Par A, B"). */
const CLUSTER_GAP = 40;

function isMarked(el: Element): boolean {
  if (/\bauthor\b/i.test(el.getAttribute('rel') ?? '')) return true;
  if (/\bauthor\b/i.test(el.getAttribute('itemprop') ?? '')) return true;
  const words = classWords(el);
  return words.some((w) => BYLINE_WORD.test(w)) && !words.some((w) => NOT_BYLINE_WORD.test(w));
}

/**
 * Whether an element is the byline of a teaser: it sits in a list item that also links to
 * something else with a title's length of words (a "more stories" list, a carousel).
 */
function inTeaser(el: Element): boolean {
  const item = el.closest('li');
  if (!item) return false;
  return [...item.querySelectorAll('a')].some(
    (a) => !el.contains(a) && !a.contains(el) && textOf(a).length > 20,
  );
}

interface Span {
  el: Element;
  start: number;
  end: number;
}

/**
 * Every element's place in the page's text: the number of text characters before it, and where
 * its own text ends. One walk over the body; scripts and styles hold no text a reader sees.
 */
function textPositions(doc: Document): Map<Element, Span> {
  const spans = new Map<Element, Span>();
  let at = 0;
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) at += (child.nodeValue ?? '').trim().length;
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (/^(?:script|style|noscript|template)$/.test(el.localName)) continue;
        const start = at;
        visit(el);
        spans.set(el, { el, start, end: at });
      }
    }
  };
  if (doc.body) visit(doc.body);
  return spans;
}

const textOf = (el: Element) => cleanField(el.textContent) ?? '';

/**
 * The heading that states the headline (an `<h1>` first; some pages keep `<h1>` for the site's
 * logo and print the headline in an `<h2>` or `<h4>`), else the page's only `<h1>`.
 */
function headlineElement(doc: Document, headline: string | null): Element | null {
  const plain = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (headline)
    for (const level of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']) {
      const found = [...doc.querySelectorAll(`body ${level}`)].find(
        (h) => plain(textOf(h)) === plain(headline),
      );
      if (found) return found;
    }
  const h1s = doc.querySelectorAll('body h1');
  return h1s.length === 1 ? (h1s[0] ?? null) : null;
}

/**
 * The byline beside the article's headline, as the page prints it (cleaned as every byline is),
 * or null when no marked element stands near the headline.
 */
export function bylineNearHeadline(doc: Document, headline: string | null): string | null {
  const anchor = headlineElement(doc, headline);
  if (!anchor) return null;
  const spans = textPositions(doc);
  const head = spans.get(anchor);
  if (!head) return null;
  const marked = [...spans.values()].filter(
    (s) =>
      s.end > s.start &&
      s.end - s.start <= MAX_CHARS &&
      !anchor.contains(s.el) &&
      !s.el.contains(anchor) &&
      isMarked(s.el) &&
      !inTeaser(s.el),
  );
  // The most precise element of a nested pair: `<li class=byline>by: <cite class=author>A`.
  const innermost = marked.filter((s) => !marked.some((o) => o !== s && s.el.contains(o.el)));
  // After the headline first: at equal distance, the byline under it rather than a line above.
  const distance = (s: Span) =>
    s.start >= head.end
      ? s.start - head.end
      : s.end <= head.start
        ? head.start - s.end + 1
        : Infinity;
  const near = innermost
    .filter((s) =>
      s.start >= head.end
        ? distance(s) <= MAX_AFTER
        : s.end <= head.start && distance(s) <= MAX_BEFORE,
    )
    .sort((a, b) => distance(a) - distance(b));
  const first = near[0];
  if (!first) return null;
  // The authors printed next to this one, in page order.
  const cluster = [first];
  let last = first;
  const ordered = [...innermost].sort((a, b) => a.start - b.start);
  for (const next of ordered.slice(ordered.indexOf(first) + 1)) {
    if (next.start - last.end > CLUSTER_GAP) break;
    cluster.push(next);
    last = next;
  }
  const names = cluster
    .map((s) => cleanByline(textOf(s.el)))
    .filter((n): n is string => n !== null);
  return cleanByline(joinNames(names, doc.documentElement.getAttribute('lang')));
}
