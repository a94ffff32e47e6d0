import { describe, expect, it } from 'vitest';
import { alike, classifyChange, soundKey } from '../../src/engine/finding-weight.ts';

const name = (left: string, right: string) => classifyChange('name', left, right);
const number = (left: string, right: string) => classifyChange('number', left, right);

describe('a change is style when a guide writes the same thing either way', () => {
  it.each([
    ['U.S.', 'United States'],
    ['USA', 'United States of America'],
    ['Britain', 'United Kingdom'],
    ['UK', 'Great Britain'],
    ['Burma', 'Myanmar'],
    ['Türkiye', 'Turkey'],
    ['Ivory Coast', 'Côte d’Ivoire'],
    ['Viet Nam', 'Vietnam'],
    ['Kiev', 'Kyiv'],
    ['U.S. Navy', 'United States Navy'],
    ['the Netherlands', 'Holland'],
    ['Iran, Islamic Republic of', 'Iran'],
    ['Republic of Moldova', 'Moldova'],
    ['Korea, Republic of', 'South Korea'],
  ])('country and city names: %s / %s', (a, b) => expect(name(a, b)).toBe('style'));

  it.each([
    ['Calif.', 'California'],
    ['N.Y.', 'New York'],
    ['Wash.', 'Washington'],
    ['W.Va.', 'West Virginia'],
    ['TX', 'Texas'],
    ['Springfield, Ill.', 'Springfield, Illinois'],
  ])('US state abbreviations, AP and postal: %s / %s', (a, b) => expect(name(a, b)).toBe('style'));

  it.each([
    ['Gen. Mark Milley', 'General Mark Milley'],
    ['Lt. Gen. Jane Roe', 'Lieutenant General Jane Roe'],
    ['Mr. Kishida', 'Mister Kishida'],
    ['Sen. Tammy Duckworth', 'Senator Tammy Duckworth'],
    ['Dr. Anthony Fauci', 'Anthony Fauci'],
    ['Gov. Gavin Newsom', 'Newsom'],
  ])('titles abbreviated, written out or left out: %s / %s', (a, b) =>
    expect(name(a, b)).toBe('style'),
  );

  it.each([
    ['Jan.', 'January'],
    ['Sept.', 'September'],
    ['Fifth Ave.', 'Fifth Avenue'],
    ['Acme Corp.', 'Acme Corporation'],
    ['Martin Luther King Jr.', 'Martin Luther King Junior'],
  ])('abbreviated words inside names: %s / %s', (a, b) => expect(name(a, b)).toBe('style'));

  it.each([
    ['Fumio Kishida', 'Kishida'],
    ['Lloyd Austin', 'Lloyd J. Austin'],
    ['J. Smith', 'John Smith'],
    ['John F. Kennedy', 'John Kennedy'],
    ['Xi Jinping', 'Jinping Xi'],
    ['UN', 'United Nations'],
    ['NATO', 'North Atlantic Treaty Organization'],
    ['MCDONALD', 'McDonald'],
    ['Jean-Luc Picard', 'Jean Luc Picard'],
  ])('the same person or body: surname only, initials, order, acronym, case: %s / %s', (a, b) =>
    expect(name(a, b)).toBe('style'),
  );

  it.each([
    ['five', '5'],
    ['eleventh', '11th'],
    ['11', '11th'],
    ['twenty-one', '21'],
    ['1,000', '1000'],
    ['forty percent', '40%'],
    ['five-year', '5-year'],
    ['3 million', '3,000,000'],
    ['G7', 'G-7'],
  ])('numbers in words or digits, ordinal forms, % or percent: %s / %s', (a, b) =>
    expect(number(a, b)).toBe('style'),
  );

  it('a quotation with the same words in other quote marks or punctuation', () => {
    expect(classifyChange('quote', '“We will win.”', '"we will win,"')).toBe('style');
  });
});

describe('a change is a likely error when a name or number is garbled past any rule', () => {
  it.each([
    ['Phan Van Giang', 'Van Van Jung'],
    ['Barack Obama', 'Barak Obama'],
    ['Angela Merkel', 'Angela Merkle'],
    ['Jacinda Ardern', 'Jacinta Arden'],
    ['Kishida', 'Kishda'],
    ['Britain', 'Britian'],
    ['Austria', 'Australia'],
    ['Kuala Lumpur', 'Kual aLumpur'],
    ['Hamburg', 'Harnburg'],
  ])('a name that keeps its shape but not its letters: %s → %s', (a, b) =>
    expect(name(a, b)).toBe('error'),
  );

  it.each([
    ['11th', '11NS'],
    ['21st', '21th'],
    ['100', '1O0'],
    ['2nd', '2nb'],
    ['3,000', '3,0OO'],
    ['100', 'l00'],
    ['40', '4O'],
  ])('a number whose digits or ordinal became an odd token: %s → %s', (a, b) =>
    expect(number(a, b)).toBe('error'),
  );
});

describe('a change is of meaning when the text now says something else', () => {
  it.each([
    ['Joe Biden', 'Joe Manchin'],
    ['Angela Merkel', 'Olaf Scholz'],
    ['Moscow', 'Kyiv'],
    ['Ohio', 'Iowa'],
    ['Nov.', 'Dec.'],
    ['Lt. Col. Jane Doe', 'Col. Jane Doe'],
    ['U.S.', 'Virgin Islands, U.S.'],
  ])('another name, place, month or rank: %s → %s', (a, b) => expect(name(a, b)).toBe('meaning'));

  it.each([
    ['14', '15'],
    ['five', 'six'],
    ['40%', '40'],
    ['$5', '5'],
    ['five-year', 'six-year'],
    ['five-year', 'five-month'],
    ['F-35', 'F-16'],
    ['11th', '12th'],
  ])('another quantity, unit or model: %s → %s', (a, b) => expect(number(a, b)).toBe('meaning'));

  it('a quotation dropped, added or reworded', () => {
    expect(classifyChange('quote', '“We will win.”', null)).toBe('meaning');
    expect(classifyChange('quote', null, '“forced”')).toBe('meaning');
    expect(classifyChange('quote', '“to a new level.”', '“raised it to a new level,”')).toBe(
      'meaning',
    );
  });

  it('a name or number that vanished or appeared', () => {
    expect(classifyChange('name', 'Kishi', null)).toBe('meaning');
    expect(classifyChange('number', null, '11th')).toBe('meaning');
  });
});

describe('the pieces of "alike"', () => {
  it('codes consonants by sound, so a mishearing keeps its key', () => {
    expect(soundKey('giang')).toBe(soundKey('jung'));
    expect(soundKey('phan')).toBe(soundKey('van'));
    expect(soundKey('biden')).not.toBe(soundKey('manchin'));
  });

  it('needs letters or sound in common, not only a length', () => {
    expect(alike('merkel', 'merkle')).toBe(true);
    expect(alike('biden', 'patton')).toBe(false);
  });
});
