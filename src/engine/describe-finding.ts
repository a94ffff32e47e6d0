/**
 * A finding said in words a reader understands at a glance ("“11th” became “11NS” in the
 * Scraped rewrite", "The Scraped rewrite adds a quotation not in the AP original"), never as
 * codes. Pure; the versions' labels make the sentences.
 */
import type { Finding, FindingWeight } from './types.ts';
import { readNumber } from './read-number.ts';
import { capitalize, versionName, type Labels } from './version-name.ts';

/** A long quotation cut at a word near `max` characters, its closing mark kept. */
export function shorten(text: string, max = 60): string {
  if (text.length <= max) return text;
  const close = /[”"’']$/u.exec(text)?.[0] ?? '';
  const cut = text.slice(0, max).replace(/\s+\S*$/u, '');
  return `${cut}…${close}`;
}

const quoted = (text: string) => (/^[“"‘']/u.test(text) ? text : `“${text}”`);

/** One sentence (no full stop) saying what the finding is, with the versions' names. */
export function describeFinding(
  finding: Pick<Finding, 'kind' | 'left' | 'right'>,
  weight: FindingWeight,
  labels: Labels,
): string {
  const left = versionName(labels.left, 'left');
  const right = versionName(labels.right, 'right');
  const Right = capitalize(right);
  const what =
    finding.kind === 'quote' ? 'a quotation' : finding.kind === 'name' ? 'the name' : 'the number';
  if (finding.left === null && finding.right !== null) {
    return finding.kind === 'quote'
      ? `${Right} adds a quotation not in ${left}: ${shorten(finding.right)}`
      : `${Right} adds ${what} ${quoted(finding.right)}, not in ${left}`;
  }
  if (finding.right === null && finding.left !== null) {
    return finding.kind === 'quote'
      ? `${Right} drops a quotation from ${left}: ${shorten(finding.left)}`
      : `${Right} drops ${what} ${quoted(finding.left)}, given in ${left}`;
  }
  const before = shorten(quoted(finding.left ?? ''));
  const after = shorten(quoted(finding.right ?? ''));
  if (weight === 'style') {
    return finding.kind === 'quote'
      ? `${Right} punctuates a quotation differently: ${after}`
      : `${Right} writes ${before} as ${after}`;
  }
  if (finding.kind === 'quote') return `${Right} changes a quotation: ${before} became ${after}`;
  return `${before} became ${after} in ${right}`;
}

/** Why a likely error is flagged, in a few words: shown beside it. */
export function errorReason(finding: Pick<Finding, 'kind' | 'left' | 'right'>): string {
  if (finding.kind === 'number') {
    const odd = [finding.right, finding.left].find(
      (t) => t !== null && /\d/u.test(t) && readNumber(t) === null,
    );
    return odd ? `${quoted(odd)} is not a number as written` : 'not a number as written';
  }
  return 'looks garbled: no spelling or style rule turns one into the other';
}
