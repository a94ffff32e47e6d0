/** Spec of findings.ts: the names, numbers and quotations that differ inside an aligned pair. */
import { describe, expect, it } from 'vitest';
import { findNames, findNumbers, findQuotes, pairFindings } from '../../src/engine/findings.ts';
import { wordDiff } from '../../src/engine/word-diff.ts';

const texts = (list: { text: string }[]) => list.map((s) => s.text);

/** A pair's findings as [kind, left text, right text]. */
const findings = (left: string, right: string) =>
  pairFindings(left, right, wordDiff(left, right)).map((f) => [
    f.kind,
    f.left && left.slice(f.left.start, f.left.end),
    f.right && right.slice(f.right.start, f.right.end),
  ]);

describe('findNames', () => {
  it('finds capitalised runs, without the possessive or a sentence-initial function word', () => {
    expect(
      texts(findNames('Fumio Kishida met Vietnam’s leader in Hanoi. The talks went well.')),
    ).toEqual(['Fumio Kishida', 'Vietnam', 'Hanoi']);
  });

  it('keeps initialisms whole and drops a leading title abbreviation', () => {
    expect(texts(findNames('The U.S. Army and Gen. Mark Milley arrived.'))).toEqual([
      'U.S. Army',
      'Mark Milley',
    ]);
  });

  it('gives offsets into the text', () => {
    const text = 'Talks with Amara Lindqvist failed.';
    const name = findNames(text).find((n) => n.text === 'Amara Lindqvist');
    expect(name && text.slice(name.start, name.end)).toBe('Amara Lindqvist');
  });
});

describe('findNumbers', () => {
  it('finds figures, ordinals and numbers written as words', () => {
    expect(
      texts(
        findNumbers('The 4,200 members waited three years for a 6 percent rise, the 11th offer.'),
      ),
    ).toEqual(['4,200', 'three', '6', '11th']);
  });
});

describe('findQuotes', () => {
  it('finds curly and straight quotations with their marks', () => {
    expect(texts(findQuotes('“We will not go back,” he said, calling it "unfair".'))).toEqual([
      '“We will not go back,”',
      '"unfair"',
    ]);
  });
});

describe('pairFindings', () => {
  it('reports a changed name, mapped to its replacement', () => {
    expect(
      findings(
        'Defence minister Phan Van Giang met his Japanese counterpart.',
        'Defence minister Van Van Jung met his Japanese counterpart.',
      ),
    ).toEqual([['name', 'Phan Van Giang', 'Van Van Jung']]);
  });

  it('maps a name replaced in the same change even when no word is shared', () => {
    expect(findings('Britain signed the deal.', 'The United Kingdom signed the deal.')).toEqual([
      ['name', 'Britain', 'United Kingdom'],
    ]);
  });

  it('reports a changed figure, and a figure that vanished or appeared', () => {
    expect(findings('The union has 4,200 members.', 'The union has 4,500 members.')).toEqual([
      ['number', '4,200', '4,500'],
    ]);
    expect(findings('Talks resumed on 3 May.', 'Talks resumed in May.')).toEqual([
      ['number', '3', null],
    ]);
    expect(findings('The strike cost a lot.', 'The strike cost 45 dollars a day.')).toEqual([
      ['number', null, '45'],
    ]);
  });

  it('reports a quotation whose words changed, mapped to the new wording', () => {
    expect(
      findings('“We will not return,” Ferreira said.', '“We will never return,” Ferreira said.'),
    ).toEqual([['quote', '“We will not return,”', '“We will never return,”']]);
  });

  it('reports nothing for a rewording that keeps every name, figure and quotation', () => {
    expect(
      findings(
        '“We will not return,” Ferreira said of the 4,200 members on Monday.',
        'On Monday Ferreira said of the 4,200 members: “We will not return.”',
      ),
    ).toEqual([]);
  });

  it('treats a name with its title dropped as the same name', () => {
    expect(findings('Mr. Kishida spoke.', 'Kishida spoke.')).toEqual([]);
  });

  it('does not report a name that merely appears in added words', () => {
    expect(findings('Talks broke down.', 'Talks broke down after Amara Lindqvist left.')).toEqual(
      [],
    );
  });
});
