/**
 * One page as the server bundle renders it (`renderPage` in src/app/prerender.tsx) and the build
 * writes it (src/node/page-document.ts): the contract between the two sides of prerendering.
 */
export interface PrerenderedPage {
  /** The URL the page answers (`null` for the not-found page, written as 404.html). */
  url: string | null;
  html: string;
  title: string;
  description: string;
  /** Tags for the document head: the page's `<link rel="prev">` and `<link rel="next">`. */
  head: string;
  /** The keys of the list pages it shows (`listKey`), whose data files it loads. */
  lists: string[];
}
