/**
 * The comparison's query, its names and values, in one place: the view reads and writes them
 * (use-compare-url.ts), and `/page-start.js` (src/app/page-start/) reads them before the first
 * paint. Plain TypeScript with no React, so the first script can import it and stay small.
 */
export const MODE = 'mode';
export const INLINE = 'inline';
export const ORDER = 'order';
export const RIGHT = 'right';
export const ONLY = 'only';
export const CHANGES = 'changes';
/** `changes=only` folds unchanged text, `changes=all` shows it; absent, the comparison decides. */
export const CHANGES_ONLY = 'only';
export const CHANGES_ALL = 'all';
export const MINOR = 'minor';
export const HIDE = 'hide';

/**
 * `<html data-view-asked="mode=inline changes=all">`: what the address asks for that the build's
 * page may not show. Each page is prerendered once, without a query: side by
 * side, in the left version's order, minor changes shown, unchanged text folded or not as the
 * comparison decides. The first script sets it; compare.css keeps the prerendered text out of
 * view while it is set; the view removes it once it has drawn what the address asks for
 * (use-compare-url.ts).
 */
export const VIEW_ASKED = 'data-view-asked';

/** Every value of the query that asks for another text than the prerendered one, or may. */
const NOT_PRERENDERED = [
  [MODE, INLINE],
  [ORDER, RIGHT],
  [CHANGES, CHANGES_ONLY],
  [CHANGES, CHANGES_ALL],
  [MINOR, HIDE],
] as const;

/**
 * The `name=value` pairs of `search` that may ask for another view than the prerendered one,
 * space-separated (a list for CSS `~=`), or '' for none. Read as the view reads them, so
 * `?mode=side`, `?mode=INLINE` or `?only=name` (the filter: what next/previous walk through,
 * not the text) ask for nothing new.
 */
export function viewAsked(search: string): string {
  const params = new URLSearchParams(search);
  return NOT_PRERENDERED.filter(([name, value]) => params.get(name) === value)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');
}
