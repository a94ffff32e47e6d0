/**
 * The site's Content Security Policy, shipped twice: as a `<meta>` tag in the built HTML (works on
 * any host) and as a `_headers` file for static hosts that honour one (Netlify, Cloudflare Pages),
 * which can also say what a meta tag cannot (`frame-ancestors`). `vite preview` sends the header
 * too, so the browser tests run under the policy a reader gets.
 *
 * Strict on purpose: every script is a same-origin file (the theme step is `/page-start.js`, not
 * inline), nothing is evaluated from strings, nothing is loaded from another origin, and no
 * plugin content or `<base>` can be injected. The dev server gets no policy: Vite's hot reload
 * needs inline scripts.
 */
import type { Plugin } from 'vite';

const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-src 'none'",
];

/** The policy as a meta tag may carry it. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The policy as a response header, with what only a header can say. */
export const CSP_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** Headers every response of the built site gets (also sent by `vite preview`). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

export function cspPlugin(): Plugin {
  return {
    name: 'news-versions:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
    generateBundle() {
      const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        // Articles, comparisons and the list of stories are at fixed paths (not hashed names):
        // revalidated on every visit, so a republished site is never read from a stale cache.
        source: `/*\n${lines.join('\n')}\n/data/article/*\n  Cache-Control: no-cache\n/data/comparison/*\n  Cache-Control: no-cache\n/data/content-index.js\n  Cache-Control: no-cache\n`,
      });
    },
  };
}
