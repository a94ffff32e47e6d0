/** Specification of `abbreviations.ts`: one list used by the splitter and the findings. */
import { describe, expect, it } from 'vitest';
import { isTitle } from '../../src/engine/abbreviations.ts';
import { splitSentences } from '../../src/engine/sentences.ts';
import { findNames } from '../../src/engine/findings.ts';

describe('titles', () => {
  it('recognises a title with or without its full stop, in any case', () => {
    expect(isTitle('Gen.')).toBe(true);
    expect(isTitle('col')).toBe(true);
    expect(isTitle('General')).toBe(false);
  });

  it('never ends a sentence, and is not part of the name that follows', () => {
    const text = 'Col. Amara Lindqvist spoke first. Then others spoke.';
    expect(splitSentences(text)).toHaveLength(2);
    expect(findNames(text).map((n) => n.text)).toContain('Amara Lindqvist');
  });
});
