/**
 * Text from a page or a flag, made safe to store: the same hostile-input rules as hand-written
 * content. Control characters (other than tab and newline) and lone surrogates cannot be shown and
 * can break YAML or a terminal, so they go; everything else (emoji, right-to-left text, combining
 * marks) stays as the page wrote it, in NFC.
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A multi-line text: controls removed, line ends normalised, NFC. */
export function cleanText(value: string): string {
  return value
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .normalize('NFC');
}

/** A one-line field (headline, byline…): cleaned and its whitespace collapsed; null when blank. */
export function cleanField(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const line = cleanText(value).replace(/\s+/g, ' ').trim();
  return line.length > 0 ? line : null;
}

/**
 * Text that must read back as exactly these characters in CommonMark: every punctuation mark
 * that can start markup is backslash-escaped (an escape before ASCII punctuation is always
 * literal in CommonMark, so over-escaping is harmless), and so are markers at a line's start
 * (`-`, `+`, `1.`, `#`, `>`). `<` and `&` are escaped so no raw HTML or entity can form.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&!|~{}]/g, '\\$&')
    .replace(/^(\s*)([-+=#])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}
