import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { entryMarkup } from '../../../src/node/import/entry-markup.ts';

const read = (body: string) =>
  entryMarkup(new JSDOM(`<html><body>${body}</body></html>`).window.document);

describe('entryMarkup', () => {
  it('reads a hAtom entry: its title and published day', () => {
    expect(
      read(`<h1 class="site">My Garden Blog</h1>
        <div class="post hentry"><h2 class="entry-title">Tomatoes in October</h2>
        <abbr class="published" title="2021-10-03T09:00:00+02:00">3 Oct</abbr></div>`),
    ).toEqual({ headline: 'Tomatoes in October', date: '2021-10-03' });
  });

  it('reads microformats2 and a WordPress permalink heading', () => {
    expect(
      read(`<article class="h-entry"><h1 class="p-name">Night trains</h1>
        <time class="dt-published" datetime="2020-02-29">29 Feb</time></article>`),
    ).toEqual({ headline: 'Night trains', date: '2020-02-29' });
    expect(
      read(`<h1><a href="/">The Film Club</a></h1>
        <h2><a href="/2013/02/08/review/" rel="bookmark">Stand-up review</a></h2>`),
    ).toEqual({ headline: 'Stand-up review', date: null });
  });

  it('takes the <time> of the article holding the <h1>, and nothing on a guess', () => {
    expect(
      read(`<article><h1>Bridge reopens</h1><time datetime="2019-05-06T10:00">6 May</time></article>
        <aside><time datetime="2019-01-01">1 Jan</time></aside>`),
    ).toEqual({ headline: null, date: '2019-05-06' });
    expect(
      read(`<div class="hentry"><h2 class="entry-title">One</h2></div>
        <div class="hentry"><h2 class="entry-title">Two</h2></div>
        <time datetime="2019-05-06">a</time><time datetime="2019-05-07">b</time>
        <h2><a rel="bookmark" href="/a">A</a></h2><h2><a rel="bookmark" href="/b">B</a></h2>`),
    ).toEqual({ headline: null, date: null });
  });
});
