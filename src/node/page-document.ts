/**
 * One prerendered page as a file: the site's HTML shell with the page's title, description,
 * markup, stylesheets, and the scripts and data files `/page-start.js` requests after the first
 * paint. Pure string work, shared by the prerender step and its page cache.
 */
import type { Rolldown } from 'vite';
import { comparisonKey } from '../domain/content.ts';
import type { PrerenderedPage } from '../domain/prerendered-page.ts';
import { ARTICLE_DATA, COMPARISON_DATA, LIST_DATA, STORY_DATA } from './vite-plugin-content.ts';

/** What a prerendered page loads besides its HTML. */
export interface PageAssets {
  /** Tags for `<head>`: the route's stylesheets (the page is styled before, and without, scripts). */
  head: string;
  /** The route's modules, preloaded with the entry by `/page-start.js`. */
  modules: string[];
  /** The page's data files, fetched in the same step. */
  fetch: string[];
}

/** Each route's own scripts (with the chunks they import) and stylesheets, by route name. */
export type RouteAssets = Map<string, { js: string[]; css: string[] }>;

/** What a prerendered page says without scripts: it reads fine, only the controls need them. */
const NOSCRIPT =
  '<p class="noscript">JavaScript is off: every story, comment and comparison reads as it is; voting, sorting, search, reading settings and linked highlighting need it.</p>';

export const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const SCRIPT_TAG = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
const MODULEPRELOAD_TAG = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;
const PAGE_START_TAG = /<script src="([^"]*page-start\.js)"><\/script>/;

/**
 * The site's HTML shell with one page's title, description and prerendered markup. Its text is
 * in the HTML, so nothing else may hold up the first paint: the app's scripts and the page's data
 * are not linked but listed on `/page-start.js`, which requests them right after that paint
 * (under Lighthouse's slow 4G an article's LCP went from 1.7 s, the time to fetch every script
 * requested before it, to the first paint).
 */
export function pageDocument(template: string, page: PrerenderedPage, assets: PageAssets): string {
  const entry = SCRIPT_TAG.exec(template)?.[1];
  const shared = [...template.matchAll(MODULEPRELOAD_TAG)].map((match) => match[1] ?? '');
  if (!entry || !PAGE_START_TAG.test(template))
    throw new Error('index.html no longer has the module script and /page-start.js it expects');
  const modules = [...new Set([...shared, ...assets.modules])].map(escapeAttribute).join(' ');
  const fetch = assets.fetch.map(escapeAttribute).join(' ');
  // Replacement functions, not strings: a page's text may contain `$&` or `$'`.
  return template
    .replace(SCRIPT_TAG, '')
    .replace(MODULEPRELOAD_TAG, '')
    .replace(
      PAGE_START_TAG,
      (_tag, src: string) =>
        `<script src="${src}" data-app="${escapeAttribute(entry)}" data-modules="${modules}"${fetch ? ` data-fetch="${fetch}"` : ''}></script>`,
    )
    .replace('</head>', () => `${assets.head}${page.head}</head>`)
    .replace(/<title>.*?<\/title>/s, () => `<title>${page.title}</title>`)
    .replace(
      /<meta name="description" content="[^"]*"\s*\/?>/,
      () => `<meta name="description" content="${escapeAttribute(page.description)}" />`,
    )
    .replace(/<noscript>.*?<\/noscript>/s, () => `<noscript>${NOSCRIPT}</noscript>`)
    .replace(
      '<div id="root"></div>',
      () =>
        `<div id="root" data-prerendered="${escapeAttribute(page.url ?? '/404')}">${page.html}</div>`,
    );
}

/**
 * Each route chunk's own stylesheets (the comparison view's, say), from the browser build's
 * bundle: a prerendered page links them itself, so it is styled before (and without) its script.
 */
export function routeAssetsOf(bundle: Rolldown.OutputBundle): RouteAssets {
  const routes: RouteAssets = new Map();
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue;
    const route = /\/routes\/([\w-]+)-route\.tsx$/.exec(chunk.facadeModuleId)?.[1];
    if (!route) continue;
    // …and those of the chunks it imports (the list pages' view is shared by two routes).
    const css = [
      ...new Set(
        [chunk.fileName, ...chunk.imports].flatMap((file) => {
          const imported = bundle[file];
          return imported?.type === 'chunk' ? [...(imported.viteMetadata?.importedCss ?? [])] : [];
        }),
      ),
    ];
    // With the chunks it imports, fetched together rather than one round trip later.
    routes.set(route, { js: [chunk.fileName, ...chunk.imports], css });
  }
  return routes;
}

/** The route that renders a path's first segment (`''` is home; anything else a comparison). */
const ROUTES: Record<string, string> = {
  '': 'home',
  page: 'home',
  tags: 'list',
  publishers: 'list',
  months: 'list',
  search: 'search',
  articles: 'article',
  stories: 'story',
};

/** What the page at `url`, showing the list pages `lists`, loads besides its HTML. */
export function pageAssets(
  routes: RouteAssets,
  base: string,
  url: string | null,
  lists: readonly string[],
): PageAssets {
  const route = url === null ? 'not-found' : (ROUTES[url.split('/')[1] ?? ''] ?? 'compare');
  const assets = routes.get(route);
  const modules = (assets?.js ?? []).map((file) => `${base}${file}`);
  const fetch: string[] = [];
  const [, kind, a, b] = (url ?? '').split('/').map(decodeURIComponent);
  const json = (file: string) => `${base}${file}.json`;
  for (const key of lists)
    fetch.push(json(`${LIST_DATA}${key.split('/').map(encodeURIComponent).join('/')}`));
  if (kind === 'articles' && a) fetch.push(json(`${ARTICLE_DATA}${encodeURIComponent(a)}`));
  if (kind === 'stories' && a) fetch.push(json(`${STORY_DATA}${encodeURIComponent(a)}`));
  if (kind === 'compare' && a && b)
    fetch.push(
      json(`${ARTICLE_DATA}${encodeURIComponent(a)}`),
      json(`${ARTICLE_DATA}${encodeURIComponent(b)}`),
      json(`${COMPARISON_DATA}${encodeURIComponent(comparisonKey(a, b))}`),
    );
  const head = (assets?.css ?? [])
    .map((css) => `<link rel="stylesheet" crossorigin href="${base}${css}">`)
    .join('');
  return { head, modules, fetch };
}
