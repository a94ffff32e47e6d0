/** Spec of style-equivalents.ts: forms that house style treats as one word or name. */
import { describe, expect, it } from 'vitest';
import {
  normalizeForm,
  PLACE_FORMS,
  TITLE_FORMS,
  WORD_FORMS,
} from '../../src/engine/style-equivalents.ts';

describe('normalizeForm', () => {
  it('drops accents, case and full stops, and straightens apostrophes', () => {
    expect(normalizeForm('Türkiye')).toBe('turkiye');
    expect(normalizeForm('U.S.')).toBe('us');
    expect(normalizeForm('Côte d’Ivoire')).toBe("cote d'ivoire");
  });

  it('makes runs of spaces and commas one space', () => {
    expect(normalizeForm('  United   Kingdom, ')).toBe('united kingdom');
  });
});

describe('the tables', () => {
  it('map every form of a place to the group’s first form', () => {
    expect(PLACE_FORMS.get(normalizeForm('U.K.'))).toBe('united kingdom');
    expect(PLACE_FORMS.get('britain')).toBe('united kingdom');
    expect(PLACE_FORMS.get('burma')).toBe('myanmar');
  });

  it('map abbreviated titles and words to their full forms', () => {
    expect(TITLE_FORMS.get(normalizeForm('Gen.'))).toBe('general');
    expect(WORD_FORMS.get('ltd')).toBe('limited');
  });

  it('do not map a word that has no other form', () => {
    expect(PLACE_FORMS.get('kelvport')).toBeUndefined();
  });
});
