/** Spec of group-text.ts: the text a pair's diff runs over. */
import { describe, expect, it } from 'vitest';
import { groupText } from '../../src/engine/group-text.ts';

describe('groupText', () => {
  it('joins the sentences of a group, each without its trailing space, by one space', () => {
    expect(groupText([{ text: 'Talks failed. ' }, { text: 'Ships wait.\n' }])).toBe(
      'Talks failed. Ships wait.',
    );
  });

  it('is the sentence itself, trimmed at the end, for a group of one', () => {
    expect(groupText([{ text: 'Talks failed.  ' }])).toBe('Talks failed.');
  });

  it('is empty for no sentences', () => {
    expect(groupText([])).toBe('');
  });
});
