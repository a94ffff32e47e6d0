/**
 * "Download as HTML": one self-contained file of a rendered comparison, readable offline with
 * scripts off. Generic over the comparison's markup (another feature renders it): the element is
 * cloned, everything that runs or reaches back into the app is removed or made absolute, and the
 * text of the page's stylesheets is inlined so the marks look as they do on screen.
 */

/**
 * Elements that run, embed or fetch something, and controls that only a running page can work
 * (`.screen-only`, which paper leaves out too), and what is not shown (`[hidden]`: the comparison
 * keeps its other mode mounted but hidden): none belong in a saved page.
 */
const DROP =
  'script, noscript, iframe, object, embed, link, template, base, meta, .screen-only, [hidden]';

/** The clone of `element` without scripts, event handlers or app-relative links. */
export function cleanClone(element: Element, pageUrl: string): Element {
  const clone = element.cloneNode(true) as Element;
  for (const node of clone.querySelectorAll(DROP)) node.remove();
  for (const node of [clone, ...clone.querySelectorAll('*')]) {
    for (const attribute of [...node.attributes]) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.trim();
      if (name.startsWith('on')) node.removeAttribute(attribute.name);
      else if (/^(href|src|action|formaction|xlink:href)$/.test(name)) {
        if (/^\s*(javascript|data|vbscript):/i.test(value)) node.removeAttribute(attribute.name);
        // An in-page anchor still works in the file; anything else points at the site.
        else if (!value.startsWith('#'))
          node.setAttribute(attribute.name, new URL(value, pageUrl).href);
      }
    }
  }
  return clone;
}

/** The rules of every stylesheet the page can read (its own; a foreign one is skipped). */
export function stylesheetText(doc: Document): string {
  const parts: string[] = [];
  for (const sheet of doc.styleSheets) {
    try {
      parts.push([...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
    } catch {
      // A cross-origin sheet hides its rules; the site has none.
    }
  }
  return parts.join('\n');
}

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Attributes of `<html>` that carry the reader's look (theme, font), kept in the file. */
const LOOK = /^(lang|dir|class|data-(?!ready)[\w-]+)$/;

/**
 * The whole file: the cleaned comparison, the page's styles, a title and a line saying where and
 * when it was saved. `</style` inside a rule cannot close the style element early.
 */
export function snapshotHtml(
  element: Element,
  doc: Document,
  options: { title: string; savedAt: Date },
): string {
  const pageUrl = doc.location.href;
  const clone = cleanClone(element, pageUrl);
  const html = doc.documentElement;
  const attributes = [...html.attributes]
    .filter((a) => LOOK.test(a.name))
    .map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  const css = stylesheetText(doc).replace(/<\/(style)/gi, '<\\/$1');
  return [
    '<!doctype html>',
    `<html${attributes}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(options.title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    `<main id="main"><p class="saved-note">Saved from <a href="${escapeText(pageUrl).replace(/"/g, '&quot;')}">${escapeText(pageUrl)}</a> on ${escapeText(options.savedAt.toISOString().slice(0, 10))}.</p>`,
    clone.outerHTML,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Runs `take` while the page shows its print layout: views listen for `beforeprint` to show the
 * whole text (nothing folded, nothing left to unfold), and a saved copy, like paper, must hold
 * all of it. The listeners render synchronously, so the layout is there when `take` runs.
 */
export function inPrintLayout<T>(win: Window, take: () => T): T {
  win.dispatchEvent(new Event('beforeprint'));
  try {
    return take();
  } finally {
    win.dispatchEvent(new Event('afterprint'));
  }
}

/** Saves `html` as a file through a Blob link (allowed by the site's policy: no script runs). */
export function downloadHtml(html: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
