import { describe, expect, it } from 'vitest';
import { ordinalSuffix, readNumber } from '../../src/engine/read-number.ts';

const value = (text: string) => readNumber(text)?.value ?? null;

describe('readNumber reads numbers as news copy writes them', () => {
  it('reads digits, with thousands separators and decimals', () => {
    expect(value('7')).toBe(7);
    expect(value('1,200')).toBe(1200);
    expect(value('3,500,000')).toBe(3_500_000);
    expect(value('2.75')).toBe(2.75);
    expect(value('1993.')).toBe(1993); // the engine's token can keep the sentence's full stop
  });

  it('reads number words, hyphenated or not, with "and" and "a"', () => {
    expect(value('nine')).toBe(9);
    expect(value('forty-two')).toBe(42);
    expect(value('ninety nine')).toBe(99);
    expect(value('one hundred and five')).toBe(105);
    expect(value('three hundred twenty')).toBe(320);
    expect(value('two thousand')).toBe(2000);
    expect(value('a dozen')).toBe(12);
    expect(value('two dozen')).toBe(24);
  });

  it('reads scale words and short scales after digits', () => {
    expect(value('3 million')).toBe(3_000_000);
    expect(value('1.5bn')).toBe(1_500_000_000);
    expect(value('20k')).toBe(20_000);
  });

  it('tells ordinals from counts, in digits and in words', () => {
    expect(readNumber('3rd')).toEqual({ value: 3, ordinal: true, unit: '' });
    expect(readNumber('third')).toEqual({ value: 3, ordinal: true, unit: '' });
    expect(readNumber('twentieth')).toEqual({ value: 20, ordinal: true, unit: '' });
    expect(readNumber('three')).toEqual({ value: 3, ordinal: false, unit: '' });
  });

  it('keeps the unit: a percentage and an amount of money are not plain counts', () => {
    expect(readNumber('40%')).toEqual({ value: 40, ordinal: false, unit: '%' });
    expect(readNumber('40 percent')).toEqual({ value: 40, ordinal: false, unit: '%' });
    expect(readNumber('forty per cent')).toEqual({ value: 40, ordinal: false, unit: '%' });
    expect(readNumber('$2 million')).toEqual({ value: 2_000_000, ordinal: false, unit: '$' });
    expect(readNumber('€15')?.unit).toBe('€');
  });

  it('rejects an ordinal whose suffix English does not write for it', () => {
    expect(readNumber('21th')).toBeNull();
    expect(readNumber('2rd')).toBeNull();
    expect(readNumber('13st')).toBeNull();
    expect(readNumber('113th')).not.toBeNull();
  });

  it('rejects tokens that are no number: garbles, codes, words in the wrong order', () => {
    for (const text of ['11NS', '1O', 'l00', 'F-35', 'one five', 'five twenty', 'thousand', ''])
      expect(readNumber(text), text).toBeNull();
  });

  it('writes the ordinal suffix by the plural rules of English', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinalSuffix)).toEqual([
      'st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'st', 'nd', 'rd', 'st', 'th',
    ]); // prettier-ignore
  });
});
