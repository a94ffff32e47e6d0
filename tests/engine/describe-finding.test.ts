import { describe, expect, it } from 'vitest';
import { describeFinding, errorReason, shorten } from '../../src/engine/describe-finding.ts';

const labels = { left: 'Reuters', right: 'wire rewrite' };

describe('describeFinding says each finding in words, with the versions’ names', () => {
  it('a changed name or number: “before” became “after” in the right version', () => {
    expect(
      describeFinding(
        { kind: 'name', left: 'Jacinda Ardern', right: 'Jacinta Arden' },
        'error',
        labels,
      ),
    ).toBe('“Jacinda Ardern” became “Jacinta Arden” in the wire rewrite');
    expect(describeFinding({ kind: 'number', left: '14', right: '15' }, 'meaning', labels)).toBe(
      '“14” became “15” in the wire rewrite',
    );
  });

  it('a style change says how the right version writes it', () => {
    expect(
      describeFinding({ kind: 'name', left: 'Calif.', right: 'California' }, 'style', labels),
    ).toBe('The wire rewrite writes “Calif.” as “California”');
  });

  it('a quotation added, dropped or changed, long ones shortened at a word', () => {
    expect(
      describeFinding(
        { kind: 'quote', left: null, right: '“We will not yield,”' },
        'meaning',
        labels,
      ),
    ).toBe('The wire rewrite adds a quotation not in Reuters: “We will not yield,”');
    const long = '“We have never seen a storm like this one in all the years we have lived here.”';
    const dropped = describeFinding({ kind: 'quote', left: long, right: null }, 'meaning', labels);
    expect(dropped).toBe(
      'The wire rewrite drops a quotation from Reuters: “We have never seen a storm like this one in all the years…”',
    );
    expect(
      describeFinding({ kind: 'quote', left: '“Yes.”', right: '“No.”' }, 'meaning', labels),
    ).toBe('The wire rewrite changes a quotation: “Yes.” became “No.”');
  });

  it('a name or number that vanished or appeared', () => {
    expect(describeFinding({ kind: 'number', left: '300', right: null }, 'meaning', labels)).toBe(
      'The wire rewrite drops the number “300”, given in Reuters',
    );
    expect(describeFinding({ kind: 'name', left: null, right: 'Ardern' }, 'meaning', labels)).toBe(
      'The wire rewrite adds the name “Ardern”, not in Reuters',
    );
  });

  it('never prints codes, arrows or "null"', () => {
    const text = describeFinding({ kind: 'quote', left: '“a”', right: null }, 'meaning', {
      left: null,
      right: null,
    });
    expect(text).toBe('The right version drops a quotation from the left version: “a”');
    expect(text).not.toMatch(/null|→|QUOTE/u);
  });
});

describe('errorReason', () => {
  it('names the token that is not a number', () => {
    expect(errorReason({ kind: 'number', left: '21st', right: '21th' })).toBe(
      '“21th” is not a number as written',
    );
  });
  it('says a garbled name matches no rule', () => {
    expect(errorReason({ kind: 'name', left: 'Merkel', right: 'Merkle' })).toMatch(
      /no spelling or style rule/u,
    );
  });
});

describe('shorten', () => {
  it('keeps short text and cuts long text at a word, keeping the closing mark', () => {
    expect(shorten('“short”')).toBe('“short”');
    expect(shorten('“one two three four five six”', 16)).toBe('“one two three…”');
  });
});
