/** The two seed versions as the engine sees them: the content files' body paragraphs. */
import { readFileSync } from 'node:fs';
import type { VersionText } from '../../src/engine/types.ts';

function bodyOf(file: string, label: string): VersionText {
  const source = readFileSync(file, 'utf8');
  const body = source.slice(source.indexOf('\n---', 3) + 4).trim();
  return { label, paragraphs: body.split(/\n\s*\n/) };
}

export const AP = bodyOf('content/japan-vietnam-cyber-defense-ap.md', 'AP original');
export const REWRITE = bodyOf(
  'content/japan-vietnam-defense-scraped-rewrite.md',
  'Scraped rewrite',
);
