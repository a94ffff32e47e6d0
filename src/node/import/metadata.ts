/**
 * What a page says about its article, best source first: schema.org JSON-LD (`NewsArticle`,
 * `Article` and their kinds, also inside `@graph` arrays), then schema.org microdata, then
 * OpenGraph and `article:*` meta tags with the plain `author` meta. Each field comes from the
 * first source that states it; nothing is guessed, and what no source states stays null.
 * Readability's own title and byline are the last resort, applied by the caller.
 */
import { cleanField } from './clean-text.ts';

export interface PageMetadata {
  headline: string | null;
  byline: string | null;
  /** YYYY-MM-DD, the day as the page states it. */
  date: string | null;
  publisher: string | null;
  section: string | null;
  tags: string[];
  photo: { caption: string; credit?: string } | null;
  /** The page's language (`<html lang>`), for joining names; null when unstated. */
  lang: string | null;
}

type Partial = Omit<PageMetadata, 'lang'>;

const EMPTY: Partial = {
  headline: null,
  byline: null,
  date: null,
  publisher: null,
  section: null,
  tags: [],
  photo: null,
};

/** What a text file states about itself: nothing; flags fill in what they give. */
export const NO_METADATA: PageMetadata = { ...EMPTY, lang: null };

/** schema.org types that are an article (the ones news sites use). */
const ARTICLE_TYPE =
  /^(?:https?:\/\/schema\.org\/)?(?:News|Reportage|Analysis|Opinion|Review|Background|AskPublicUrl|Satirical|Scholarly|Tech)?Article$|^(?:https?:\/\/schema\.org\/)?(?:BlogPosting|LiveBlogPosting|Report)$/;

/** Every source's metadata merged, best first. */
export function pageMetadata(doc: Document): PageMetadata {
  const layers = [jsonLdMetadata(doc), microdataMetadata(doc), metaTagMetadata(doc)];
  const pick = <K extends keyof Partial>(key: K): Partial[K] => {
    for (const layer of layers) {
      const value = layer[key];
      if (Array.isArray(value) ? value.length > 0 : value !== null) return value;
    }
    return EMPTY[key];
  };
  return {
    headline: pick('headline'),
    byline: pick('byline'),
    date: pick('date'),
    publisher: pick('publisher'),
    section: pick('section'),
    tags: pick('tags'),
    photo: pick('photo'),
    lang: cleanField(doc.documentElement.getAttribute('lang')),
  };
}

/** A calendar day as `YYYY-MM-DD`, or null when there is no such day (30 February). */
function day(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A stated date or date-time to the day the page means. An ISO 8601 value (also `2021/11/23`)
 * keeps its own calendar day (2021-11-23T01:00+09:00 is the 23rd where it was published). A
 * written date keeps the day as written: its time and zone are dropped before it is read, since
 * "June 14, 2022 11:30 PM EDT" is the 14th where it was written, and the 15th only in another
 * zone. All-number days are read day first with dots (14.06.2022) and by whichever part cannot
 * be a month with slashes (14/06/2022, 06/14/2022); 03/05/2024 is March in the US and May in
 * Europe, so it is no day at all. Null for anything else.
 */
export function toDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const iso = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:$|[T\s])/.exec(text);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})(?:$|[T\s,])/.exec(text);
  if (numeric) {
    const [a, b, y] = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
    if (numeric[2] === '.' || a > 12 || a === b) return day(y, b, a);
    return b > 12 ? day(y, a, b) : null;
  }
  // The written date alone: "June 14, 2022 11:30 PM EDT" and "Tue, 14 Jun 2022 23:30:00 -0800"
  // without their time, read as a local midnight, whose local day is the day written.
  const written = text.replace(/(?:,?\s+(?:at|um|à|a las)\b)?[\s,]+\d{1,2}[:.h]\d{2}\b.*$/iu, '');
  if (!/\d{4}/.test(written)) return null;
  const time = Date.parse(written);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  return day(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Names joined the way the page's language joins them ("A, B and C"; "A und B"). */
export function joinNames(names: readonly string[], lang: string | null): string | null {
  const unique = [...new Set(names.map((n) => cleanField(n)).filter((n) => n !== null))];
  if (unique.length === 0) return null;
  let format: Intl.ListFormat;
  try {
    format = new Intl.ListFormat(lang ?? 'en', { type: 'conjunction' });
  } catch {
    format = new Intl.ListFormat('en', { type: 'conjunction' });
  }
  return format.format(unique);
}

/**
 * Where a byline stops naming people: a date or time ("July 30, 2013", "2014-01-26", "8:02 pm"),
 * "on <date>", a handle, a "|" or spaced dash before an outlet's title, a "Follow"/"Print" link.
 * Saved pages put all of these in the byline element, and Readability takes the element whole.
 */
const BYLINE_END = new RegExp(
  [
    String.raw`\s*\|`,
    String.raw`\s+[-–—]\s`,
    String.raw`\s*@\w`,
    String.raw`\s+(?:on|posted|updated|published|follow|print|e-?mail)\b`,
    String.raw`\s*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d`,
    String.raw`\s*\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`,
    String.raw`\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}`,
    String.raw`\s*\d{1,2}:\d{2}`,
    // A job title after the names: "Senior Washington Correspondent", "Journaliste au Monde".
    String.raw`\s+(?:senior|chief|staff|contributing|special|deputy|associate|managing)\s+\p{L}`,
    String.raw`\s+(?:correspondent|reporter|columnist|journaliste?|redakteur(?:in)?)\b`,
  ].join('|'),
  'iu',
);

/** Names joined by "and" in the set's languages, or commas. */
const NAME_JOIN = /\s+(?:and|et|und|y|e)\s+|\s*,\s*/iu;

/** "A et A" as some pages repeat an author: each name once, joined as the page joined them. */
function onceEach(line: string): string {
  const names = line.split(NAME_JOIN);
  const unique = [...new Set(names)];
  if (unique.length === names.length) return line;
  const join = NAME_JOIN.exec(line)?.[0] ?? ' and ';
  return unique.join(join);
}

/**
 * What a byline element says when it names nobody: a heading word, a template placeholder, a
 * site's host name ("lefigaro.fr" in `<meta name=author>`).
 */
const NO_NAME =
  /^(?:#.*|authors?|by|and|et|und|y|e|staff|reporter|writer|auteur|autor|[\w-]+(?:\.[\w-]+)+|[^\p{L}]*)$/iu;

/**
 * A byline as people read it: without a leading "By", cut where it stops naming people (dates,
 * handles, links), and null when it is only a URL or names nobody.
 */
export function cleanByline(value: string | null): string | null {
  const field = cleanField(value?.replace(/^\s*(?:by|von|par|por|di|door)\b:?\s*/i, ''));
  if (!field || /^https?:\/\//i.test(field)) return null;
  const end = field.search(BYLINE_END);
  const cut = (end >= 0 ? field.slice(0, end) : field)
    // "(avec Damien Leloup …)": who helped, not who wrote; initials ("Richard (R.J.) Eskow") stay.
    .replace(/\s*\((?![\p{Lu}.\s]+\))[^)]*\)/gu, '')
    .replace(/[\s,;:]+$/, '')
    .replace(/\s+(?:and|et|und|y|e|&)$/iu, ''); // "By A and" before a second name's own element
  const line = onceEach(cut);
  return NO_NAME.test(line) ? null : line;
}

// ---------- JSON-LD ----------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const list = (value: Json | undefined): Json[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

/** Every object in the page's JSON-LD blocks, `@graph` arrays flattened; unreadable blocks skipped. */
export function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (value: Json): void => {
    for (const item of list(value)) {
      if (!isObject(item)) continue;
      out.push(item);
      if (item['@graph'] !== undefined) visit(item['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      // A broken block says nothing; the next source is asked.
    }
  }
  return out;
}

const isArticle = (item: JsonObject) =>
  list(item['@type']).some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));

/**
 * What a page says it is, read before anything is removed: an article (a schema.org article
 * type in JSON-LD or microdata, or `og:type` article), and whether part of it is for
 * subscribers only (`isAccessibleForFree: false`, Google's paywall markup).
 */
export function pageDeclares(doc: Document): { article: boolean; paywalled: boolean } {
  const objects = jsonLdObjects(doc);
  const ogType = doc.querySelector('meta[property="og:type" i][content]')?.getAttribute('content');
  const microdata = [...doc.querySelectorAll('[itemscope][itemtype]')].some((el) =>
    (el.getAttribute('itemtype') ?? '').split(/\s+/).some((t) => ARTICLE_TYPE.test(t)),
  );
  return {
    article: objects.some(isArticle) || microdata || /^article$/i.test(ogType?.trim() ?? ''),
    paywalled: objects.some((o) => /^false$/i.test(String(o['isAccessibleForFree']))),
  };
}

/** A name from a string, `{ name }`, or a list of either. */
function names(value: Json | undefined): string[] {
  return list(value).flatMap((item) => {
    if (typeof item === 'string') return [item];
    if (isObject(item)) return typeof item['name'] === 'string' ? [item['name']] : [];
    return [];
  });
}

const firstString = (value: Json | undefined): string | null => {
  for (const item of list(value)) if (typeof item === 'string') return cleanField(item);
  return null;
};

function keywords(value: Json | undefined): string[] {
  const raw = list(value).flatMap((item) => (typeof item === 'string' ? item.split(',') : []));
  return [...new Set(raw.map((k) => cleanField(k)).filter((k) => k !== null))];
}

function jsonLdPhoto(value: Json | undefined): PageMetadata['photo'] {
  for (const image of list(value)) {
    if (!isObject(image)) continue;
    const caption = cleanField(typeof image['caption'] === 'string' ? image['caption'] : null);
    if (!caption) continue;
    const credit =
      cleanField(typeof image['creditText'] === 'string' ? image['creditText'] : null) ??
      cleanField(names(image['copyrightHolder'])[0]) ??
      cleanField(names(image['author'])[0]);
    return credit ? { caption, credit } : { caption };
  }
  return null;
}

export function jsonLdMetadata(doc: Document): Partial {
  const lang = doc.documentElement.getAttribute('lang');
  const article = jsonLdObjects(doc).find(isArticle);
  if (!article) return EMPTY;
  return {
    headline: firstString(article['headline']) ?? firstString(article['name']),
    byline: cleanByline(joinNames(names(article['author']), lang)),
    date: toDay(firstString(article['datePublished']) ?? firstString(article['dateCreated'])),
    publisher: cleanField(names(article['publisher'])[0]),
    section: firstString(article['articleSection']),
    tags: keywords(article['keywords']),
    photo: jsonLdPhoto(article['image']),
  };
}

// ---------- microdata ----------

/**
 * The value of one itemprop element, as the microdata spec reads it, except that a property that
 * is text (a headline, a name) on a link is the link's words: pages write
 * `<a itemprop="name" href="/2013/get-your-code-covered/">Get your code covered</a>`, whose spec
 * value, the address, is no headline a reader would recognise.
 */
function propValue(el: Element, text = false): string | null {
  const attr = (name: string) => el.getAttribute(name);
  if (el.hasAttribute('itemscope')) {
    const name = ownProps(el, 'name')[0];
    return name ? propValue(name, true) : null;
  }
  if (el.hasAttribute('content')) return attr('content');
  switch (el.localName) {
    case 'time':
      return attr('datetime') ?? el.textContent;
    case 'meta':
      return attr('content');
    case 'a':
      return text ? el.textContent : attr('href');
    case 'link':
      return text ? null : attr('href');
    case 'img':
      return attr('src');
    default:
      return el.textContent;
  }
}

/** The elements that carry `prop` for this item (not for an item nested in it). */
function ownProps(scope: Element, prop: string): Element[] {
  return [...scope.querySelectorAll('[itemprop]')].filter(
    (el) =>
      (el.getAttribute('itemprop') ?? '').split(/\s+/).includes(prop) &&
      el.parentElement?.closest('[itemscope]') === scope,
  );
}

/** Properties whose value is words a reader sees, never an address. */
const TEXT_PROPS = new Set([
  'headline',
  'name',
  'author',
  'publisher',
  'articleSection',
  'keywords',
]);

export function microdataMetadata(doc: Document): Partial {
  const scope = [...doc.querySelectorAll('[itemscope][itemtype]')].find((el) =>
    (el.getAttribute('itemtype') ?? '').split(/\s+/).some((t) => ARTICLE_TYPE.test(t)),
  );
  if (!scope) return EMPTY;
  const values = (prop: string) =>
    ownProps(scope, prop)
      .map((el) => propValue(el, TEXT_PROPS.has(prop)))
      .filter((v): v is string => v !== null);
  const first = (prop: string) => cleanField(values(prop)[0]);
  const imageCaption = ownProps(scope, 'image')
    .filter((el) => el.hasAttribute('itemscope'))
    .map((el) => cleanField(ownProps(el, 'caption').map((c) => propValue(c, true))[0]))
    .find((c) => c !== null);
  return {
    headline: first('headline') ?? first('name'),
    byline: cleanByline(joinNames(values('author'), doc.documentElement.getAttribute('lang'))),
    date: toDay(first('datePublished') ?? first('dateCreated')),
    publisher: first('publisher'),
    section: first('articleSection'),
    tags: keywords(values('keywords')),
    photo: imageCaption ? { caption: imageCaption } : null,
  };
}

// ---------- meta tags ----------

export function metaTagMetadata(doc: Document): Partial {
  const metas = [...doc.querySelectorAll('meta[content]')];
  const all = (...keys: string[]) =>
    metas
      .filter((m) =>
        keys.includes((m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase()),
      )
      .map((m) => m.getAttribute('content') ?? '');
  const first = (...keys: string[]) => cleanField(all(...keys)[0]);
  const authors = all('article:author', 'author').filter((a) => !/^https?:\/\//i.test(a.trim()));
  return {
    headline: first('og:title', 'twitter:title'),
    byline: cleanByline(joinNames(authors, doc.documentElement.getAttribute('lang'))),
    date: toDay(first('article:published_time')),
    publisher: first('og:site_name'),
    section: first('article:section'),
    tags: keywords(all('article:tag')),
    photo: null,
  };
}
