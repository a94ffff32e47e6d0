/**
 * A post's headline and day from the markup blog software prints around it, for pages that
 * state neither in JSON-LD, microdata or meta tags (WordPress themes, older blogs and CMSs):
 * the hAtom and microformats2 classes (`hentry` / `h-entry` with `entry-title` / `p-name` and
 * `published` / `dt-published`), WordPress's permalink title (the page's one heading that holds
 * a `rel=bookmark` link), and the `<time datetime>` printed in the article. Never a guess: with
 * two entries, two bookmarked headings or two dates in the page, that field is left out.
 */
import { cleanField } from './clean-text.ts';
import { toDay } from './metadata.ts';

export interface EntryMarkup {
  headline: string | null;
  /** YYYY-MM-DD. */
  date: string | null;
}

const text = (el: Element | null | undefined) => cleanField(el?.textContent ?? null);

/**
 * The element holding the one post: a sole hAtom entry, else the innermost `<article>` around
 * the page's one `<h1>` (a page may wrap its story and the teasers beside it in an outer one).
 */
function entryScope(doc: Document): Element | null {
  const entries = doc.querySelectorAll('.hentry, .h-entry');
  if (entries.length === 1) return entries[0] ?? null;
  if (entries.length > 1) return null;
  const h1s = doc.querySelectorAll('h1');
  return h1s.length === 1 ? (h1s[0]?.closest('article') ?? null) : null;
}

function entryDate(scope: ParentNode): string | null {
  const marked = scope.querySelector('.published, .dt-published');
  const value = marked?.getAttribute('datetime') ?? marked?.getAttribute('title') ?? null;
  if (value) return toDay(value);
  const times = scope.querySelectorAll('time[datetime]');
  return times.length === 1 ? toDay(times[0]?.getAttribute('datetime')) : null;
}

export function entryMarkup(doc: Document): EntryMarkup {
  const scope = entryScope(doc);
  const bookmarked = [...doc.querySelectorAll('h1, h2, h3')].filter((h) =>
    h.querySelector('a[rel~="bookmark" i]'),
  );
  return {
    headline:
      text(scope?.querySelector('.entry-title, .p-name')) ??
      (bookmarked.length === 1 ? text(bookmarked[0]) : null),
    date: entryDate(scope ?? doc),
  };
}
