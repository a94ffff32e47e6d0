/**
 * A web page's HTML to its article: metadata from what the page states (read first, before
 * anything is removed), then the page cleaned of what is never article text (scripts, styles,
 * frames, forms, ads, share widgets, comment sections), then Mozilla's Readability picks the
 * article and turndown writes it as Markdown. A page that is not an article gets a reason.
 *
 * jsdom parses without running scripts or loading anything the page points at.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { bylineNearHeadline } from './byline.ts';
import { cleanField } from './clean-text.ts';
import { countWords } from './count-words.ts';
import { entryMarkup } from './entry-markup.ts';
import { dropMetaLines } from './meta-lines.ts';
import { removeStrayText } from './stray-text.ts';
import { cleanByline, pageDeclares, pageMetadata, type PageMetadata } from './metadata.ts';
import { htmlToMarkdown } from './to-markdown.ts';

export type Extracted =
  | {
      ok: true;
      metadata: PageMetadata;
      markdown: string;
      words: number;
      /** The site's host name ("example.com"): where it was fetched, else the address it states. */
      site: string | null;
    }
  | { ok: false; reason: string };

/** Fewer words than this is not an article (a teaser, an error page, a login wall)... */
export const MIN_WORDS = 80;
/** ...unless the page shows it is one (`isShortArticle`); fewer than this never is. */
export const MIN_SHORT_WORDS = 15;

/**
 * Elements that are never the article, whatever Readability would think of them. A form that
 * holds the page's `<h1>` is no search box or sign-up form but the page itself (ASP.NET WebForms
 * wrap every page in one `<form>`): it stays, its fields go.
 */
const NEVER_ARTICLE =
  'script, style, noscript, template, iframe, frame, object, embed, form:not(:has(h1)), ' +
  'button, input, select, textarea, dialog, ' +
  'amp-ad, amp-embed, amp-sticky-ad, amp-social-share, amp-iframe, amp-analytics, amp-consent, ' +
  'ins.adsbygoogle, [data-ad], [data-ad-slot], [aria-hidden="true"], [hidden]';

/**
 * Class and id words of ads, share widgets, comment threads and other furniture. Not "paywall":
 * Google's markup for subscriber content wraps the article's own text in `class="paywall"`
 * (and the free part in `class="non-paywall"`), so a subscriber's saved page holds its article
 * there; the "subscribe to read on" box beside it goes by its "subscribe" word.
 */
const FURNITURE =
  /^(?:ads?|advert|adverts|advertisement|adslot|sponsor|sponsored|promo|promoted|outbrain|taboola|share|sharing|social|sharebar|newsletter|signup|subscribe|related|recommended|comments?|disqus|discussion|replies|cookie|consent|popup|modal)$/i;

/** Whether an element's class or id names furniture (by whole words: "header" is not "ad"). */
function isFurniture(el: Element): boolean {
  const words = `${el.getAttribute('class') ?? ''} ${el.id}`.split(/[\s_-]+/).filter(Boolean);
  return words.some((w) => FURNITURE.test(w));
}

/**
 * What marks the article itself. An element holding one is never furniture, whatever its class
 * says: pages wrap the whole layout in a box named for a site-wide ad ("ad-wallpaper" holds
 * Business Insider's every page, headline and text included), and removing it removes the page.
 */
const ARTICLE_ITSELF = 'main, article, [itemprop~="articleBody"], h1';

/** The page without furniture; an element holding the article or its headline is never removed. */
export function removeFurniture(doc: Document): void {
  for (const el of doc.querySelectorAll(NEVER_ARTICLE)) el.remove();
  const keep = (el: Element) =>
    el.matches(`html, body, ${ARTICLE_ITSELF}`) || el.querySelector(ARTICLE_ITSELF) !== null;
  for (const el of [...doc.body.querySelectorAll('[class], [id]')]) {
    if (el.isConnected && isFurniture(el) && !keep(el)) el.remove();
  }
  for (const el of doc.querySelectorAll('[role="complementary"], [role="navigation"], nav'))
    if (!keep(el)) el.remove();
}

/**
 * What a missing page says of itself in its title or first heading. Phrases, not the bare words
 * "not found" or "404": "Missing hiker not found" and "404 jobs cut" are headlines.
 */
const NOT_FOUND =
  /^\s*404\s*(?:$|[-–—:|·])|\b(?:error 404|404 error|404 not found|page not found|page (?:could|can)(?:no|'|’)t be found|(?:could|can)(?:no|'|’)t find (?:that|this|the) page|seite nicht gefunden|page introuvable|página no encontrada|pagina non trovata)\b/i;

/** A page that says it is missing, is short, and states no publication date. */
function isNotFoundPage(doc: Document, words: number, metadata: PageMetadata): boolean {
  const said = [doc.title, doc.querySelector('h1')?.textContent ?? ''];
  return said.some((text) => NOT_FOUND.test(text)) && words < 400 && metadata.date === null;
}

export interface PageSource {
  /** The page's address (resolves its links), if known. */
  url?: string | null;
  /** The server's content-type, whose charset overrides the page's own. */
  contentType?: string | null;
}

/** A content-type jsdom accepts: the server's when it is HTML, else plain `text/html`. */
function htmlContentType(type: string | null | undefined): string {
  return type && /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/i.test(type)
    ? type.replace(/^\s*application\/xhtml\+xml/i, 'text/html')
    : 'text/html';
}

/**
 * The page as jsdom should read it. Bytes that are valid UTF-8 and not plain ASCII are UTF-8,
 * whatever the page's own `<meta>` says (or fails to say): saved pages are often re-saved as
 * UTF-8 with their old declaration, or declare nothing, and jsdom would then read them as
 * windows-1252 ("Don’t" becomes "Donâ€™t"). Text in a legacy charset is almost never valid
 * UTF-8, which is why browsers' own detectors trust this test. A charset the server names wins.
 */
export function pageInput(
  html: string | Uint8Array,
  contentType?: string | null,
): string | Uint8Array {
  if (typeof html === 'string' || /charset=/i.test(contentType ?? '')) return html;
  if (!html.some((byte) => byte > 0x7f)) return html;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(html);
  } catch {
    return html;
  }
}

/** A separator between a headline and a site's name in a `<title>` or `og:title`, at an end. */
const LEADING_SEPARATOR = /^\s+(?:[|\-–—»·:]|::)\s+/;
const TRAILING_SEPARATOR = /\s+(?:[|\-–—»·:]|::)\s+$/;

/**
 * A headline without the site's name around it ("Five Lessons - BusinessWeek", "TechCrunch |
 * 2005 Zuckerberg…"): when the stated headline is one of the page's own `<h1>` texts plus a
 * separator and more words, the `<h1>` is the headline. Nothing is cut on a guess.
 */
export function trimSiteName(headline: string | null, h1s: readonly string[]): string | null {
  if (!headline) return headline;
  for (const h1 of h1s) {
    if (!h1 || h1 === headline) continue;
    const at = headline.indexOf(h1);
    if (at < 0) continue;
    const before = headline.slice(0, at);
    const after = headline.slice(at + h1.length);
    if (
      (before === '' || TRAILING_SEPARATOR.test(before)) &&
      (after === '' || LEADING_SEPARATOR.test(after))
    )
      return h1;
  }
  return headline;
}

/** A `http(s)` address's host without `www.`; null for anything else. */
function hostOf(address: string | null | undefined): string | null {
  try {
    const parsed = new URL(address ?? '');
    return /^https?:$/.test(parsed.protocol) && parsed.hostname
      ? parsed.hostname.replace(/^www\./, '')
      : null;
  } catch {
    return null;
  }
}

/**
 * The site a page is from: the host it was fetched from, else the host of the address the page
 * states for itself (`<link rel=canonical>`, `og:url`), which a saved page keeps. Never guessed.
 */
export function pageSite(doc: Document, url: string | null): string | null {
  return (
    hostOf(url) ??
    hostOf(doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href')) ??
    hostOf(doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content'))
  );
}

/** The texts of a page's `<h1>` elements, white space collapsed. */
function headings(doc: Document): string[] {
  return [...doc.querySelectorAll('h1')].map((h) =>
    (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/**
 * The page's one `<h1>`, the headline of a page that states none in its `<title>` or metadata
 * (a fragment saved on its own, a bare CMS export). Readability's own title falls back to it too,
 * but drops it again when it has four words or fewer ("Developments in Greece"). With several
 * `<h1>`, none is picked on a guess.
 */
function soleHeading(h1s: readonly string[]): string | null {
  const texts = h1s.filter((h) => h !== '');
  return texts.length === 1 ? (texts[0] ?? null) : null;
}

/**
 * Whether the page's `<title>` or `og:title` states one of its headings (h1–h3) as the title,
 * alone or beside the site's name ("Swimming greats say cuts a shame - ABC News").
 */
function titleIsHeading(doc: Document): boolean {
  const titles = [
    doc.title,
    doc.querySelector('meta[property="og:title" i]')?.getAttribute('content') ?? '',
  ].map((t) => t.replace(/\s+/g, ' ').trim());
  const texts = [...doc.querySelectorAll('h1, h2, h3')]
    .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((h) => h !== '');
  return titles.some((t) => t !== '' && texts.some((h) => trimSiteName(t, [h]) === h));
}

interface ArticleSigns {
  /** A schema.org article type or `og:type` article; part of it for subscribers only. */
  declares: { article: boolean; paywalled: boolean };
  /** An author named beside the headline (`byline.ts`). */
  bylineBeside: boolean;
  /** The `<title>` or `og:title` is one of the page's headings (`titleIsHeading`). */
  titled: boolean;
}

/**
 * Why the text is too short to be the article, or null. MIN_WORDS words always do; from
 * MIN_SHORT_WORDS, a page that shows it is an article does too (an audio or programme page: a
 * 23–68-word note under its headline), unless it marks part of itself for subscribers only:
 * the short text is then the teaser of a paywalled article.
 */
function tooShort(words: number, signs: ArticleSigns): string | null {
  if (words >= MIN_WORDS) return null;
  const found = `no readable article text (${words} word${words === 1 ? '' : 's'} found`;
  if (words < MIN_SHORT_WORDS) return `${found}, at least ${MIN_WORDS} needed)`;
  if (signs.declares.paywalled)
    return `${found}, at least ${MIN_WORDS} needed: the page marks the rest for subscribers only)`;
  if (signs.declares.article || signs.bylineBeside || signs.titled) return null;
  return `${found}, at least ${MIN_WORDS} needed, or ${MIN_SHORT_WORDS} on a page that shows it is an article)`;
}

/**
 * Extract the article of a page, given as text or as bytes (decoded the way a browser does).
 */
export function extractArticle(html: string | Uint8Array, source: PageSource = {}): Extracted {
  try {
    return readArticle(html, source);
  } catch (error) {
    // Thousands of nested elements overflow the stack of the recursive walks (jsdom's parser,
    // Readability's, turndown's): the page cannot be read, said in one line like any refusal.
    if (error instanceof RangeError)
      return { ok: false, reason: 'unreadable: the page nests its elements too deeply' };
    throw error;
  }
}

function readArticle(html: string | Uint8Array, source: PageSource): Extracted {
  const url = source.url ?? null;
  const dom = new JSDOM(pageInput(html, source.contentType), {
    // The page's own console and jsdom's CSS complaints ("Could not parse CSS @import") are
    // not the reader's problem: the command prints one line per input, nothing else.
    virtualConsole: new VirtualConsole(),
    contentType: htmlContentType(source.contentType),
    ...(url ? { url } : {}),
  });
  const doc = dom.window.document;
  try {
    const metadata = pageMetadata(doc);
    const site = pageSite(doc, url);
    const h1s = headings(doc);
    // Only "under 400 words" matters here: counting stops there (a page's text runs to 10^5).
    const pageWords = countWords(doc.body?.textContent ?? '', 400);
    if (isNotFoundPage(doc, pageWords, metadata))
      return { ok: false, reason: 'not an article: the page says it was not found (a 404 page)' };
    if (!doc.body) return { ok: false, reason: 'not an article: the page has no body' };
    // Read before anything is removed: the byline sits beside the headline, in the page as saved.
    const besideHeadline = bylineNearHeadline(doc, trimSiteName(metadata.headline, h1s));
    const printedByline = metadata.byline ?? besideHeadline;
    const signs: ArticleSigns = {
      declares: pageDeclares(doc),
      bylineBeside: besideHeadline !== null,
      titled: titleIsHeading(doc),
    };
    const entry = entryMarkup(doc);
    removeFurniture(doc);
    removeStrayText(doc);
    const article = new Readability(doc, { charThreshold: 300 }).parse();
    const words = article?.content ? countWords(article.textContent ?? '') : 0;
    const short = tooShort(words, signs);
    if (!article?.content || short)
      return { ok: false, reason: `not an article: ${short ?? 'no readable article text'}` };
    const fragment = JSDOM.fragment(article.content);
    const linked = [...fragment.querySelectorAll('a')].reduce(
      (sum, a) => sum + countWords(a.textContent ?? ''),
      0,
    );
    if (linked / words > 0.5)
      return {
        ok: false,
        reason: `not an article: ${Math.round((linked / words) * 100)}% of its text is links (a list or index page)`,
      };
    const byline = printedByline ?? cleanByline(article.byline ?? null);
    const date = metadata.date ?? entry.date;
    const markdown = dropMetaLines(htmlToMarkdown(article.content, url), byline, date);
    return {
      ok: true,
      words,
      markdown,
      site,
      metadata: {
        ...metadata,
        headline: trimSiteName(
          metadata.headline ?? entry.headline ?? cleanField(article.title) ?? soleHeading(h1s),
          h1s,
        ),
        byline,
        date,
        publisher: metadata.publisher ?? cleanField(article.siteName),
        lang: metadata.lang ?? cleanField(article.lang),
      },
    };
  } finally {
    dom.window.close();
  }
}
