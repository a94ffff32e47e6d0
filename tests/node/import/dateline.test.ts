import { describe, expect, it } from 'vitest';
import { articleDateline, splitCopyright } from '../../../src/node/import/dateline.ts';

describe('articleDateline', () => {
  it.each([
    ['SAN FRANCISCO (AP) — Steve Jobs, the mind behind the iPhone', 'San Francisco'],
    ['WASHINGTON (AP) — The Senate voted', 'Washington'],
    ['Washington (CNN) -- Democrats pledged Friday', 'Washington'],
    ['NEW YORK--Verizon Communications is prepping', 'New York'],
    ['WASHINGTON, D.C. (Reuters) - Officials said', 'Washington, D.C.'],
    ['BERLIN (dpa) - Die Regierung', 'Berlin'],
    ['دمشق، سوريا (CNN) -- أكدت جهات سورية', 'دمشق، سوريا'],
  ])('reads the place of %j', (text, place) => {
    expect(articleDateline(text)).toBe(place);
  });

  it.each([
    ['Okay, this is it. Back to school, again.'],
    ['The minister said — after a pause — that'],
    ['Emergency services were called to Kismot'],
    ['A - B testing is common'],
    [''],
  ])('finds none in %j', (text) => {
    expect(articleDateline(text)).toBeNull();
  });

  it('finds none when there is no first paragraph', () => {
    expect(articleDateline(undefined)).toBeNull();
  });
});

describe('splitCopyright', () => {
  it('takes the closing copyright lines out of the body', () => {
    const body =
      'First paragraph.\n\nLast paragraph.\n\nCopyright 2011 The Associated Press\\. All rights reserved\\.\n';
    expect(splitCopyright(body)).toEqual({
      markdown: 'First paragraph.\n\nLast paragraph.\n',
      copyright: ['Copyright 2011 The Associated Press. All rights reserved.'],
    });
  });

  it('leaves a body without them, and a paragraph that only mentions copyright, alone', () => {
    const body = 'Copyright law is changing.\n\nThe court ruled on Monday.\n';
    expect(splitCopyright(body)).toEqual({ markdown: body, copyright: [] });
    expect(splitCopyright('© 2024 Someone\n').copyright).toEqual([]);
  });
});
