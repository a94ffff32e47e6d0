/**
 * Real revisions (corpora/wikipedia.ts): with no record of the true edits, the plain word diff
 * of the whole texts is the bar. Its marks are a minimal word edit script, so an engine that
 * marks more words than it does flags words that stayed in place; the engine must mark no more,
 * and must pair every sentence found unchanged in the other version as identical.
 */
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/engine/compare.ts';
import { engineMarks, plainDiffMarks } from './corpora/measures.ts';
import { WIKIPEDIA_PAIRS, wikipediaVersion } from './corpora/wikipedia.ts';

const marked = (marks: boolean[][]) => marks.flat().filter(Boolean).length;

const cases = WIKIPEDIA_PAIRS.map(([article, from, to]) => {
  const comparison = compareVersions(
    { label: null, paragraphs: wikipediaVersion(article, from) },
    { label: null, paragraphs: wikipediaVersion(article, to) },
  );
  const texts = (side: 'left' | 'right') => comparison[side].sentences.map((s) => s.text.trimEnd());
  return {
    name: `${article} ${from} → ${to}`,
    comparison,
    engine: engineMarks(comparison),
    plain: plainDiffMarks(texts('left'), texts('right')),
  };
});

describe('real Wikipedia revisions', () => {
  it.each(cases)('$name: marks no more deleted or inserted words than a plain word diff', (c) => {
    expect(marked(c.engine.left)).toBeLessThanOrEqual(marked(c.plain.left));
    expect(marked(c.engine.right)).toBeLessThanOrEqual(marked(c.plain.right));
  });

  it.each(cases)('$name: pairs each sentence kept word for word as identical', ({ comparison }) => {
    const right = comparison.right.sentences.map((s) => s.text.trim());
    for (const sentence of comparison.left.sentences) {
      const text = sentence.text.trim();
      if (right.filter((t) => t === text).length !== 1) continue;
      const pair = comparison.pairs.find((p) => p.left.includes(sentence.id));
      expect(pair?.kind, text).toBe('identical');
    }
  });
});
