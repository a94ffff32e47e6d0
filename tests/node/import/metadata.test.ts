import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  cleanByline,
  joinNames,
  jsonLdObjects,
  pageMetadata,
  toDay,
} from '../../../src/node/import/metadata.ts';

const doc = (head: string, body = '', lang = 'en') =>
  new JSDOM(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`)
    .window.document;
const ld = (value: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('toDay', () => {
  it('keeps the calendar day an ISO value states, whatever its offset', () => {
    expect(toDay('2021-11-23T23:30:00-08:00')).toBe('2021-11-23');
    expect(toDay('2021-11-23T01:00:00+09:00')).toBe('2021-11-23');
    expect(toDay('2021-11-23')).toBe('2021-11-23');
  });

  it('keeps the day a written date-time states, in any zone the reader is in', () => {
    // Read as a moment, "11:30 PM EDT" on the 14th is the 15th in UTC and Tokyo.
    expect(toDay('June 14, 2022 11:30 PM EDT')).toBe('2022-06-14');
    expect(toDay('Tue, 14 Jun 2022 23:30:00 -0800')).toBe('2022-06-14');
    expect(toDay('Sunday 14 June 2022 23.30 BST')).toBe('2022-06-14');
    expect(toDay('Sep. 21, 2011,  3:17 PM')).toBe('2011-09-21');
  });

  it('reads all-number days only where the order of day and month is certain', () => {
    expect(toDay('2022/06/14')).toBe('2022-06-14');
    expect(toDay('14.06.2022')).toBe('2022-06-14');
    expect(toDay('14/06/2022')).toBe('2022-06-14');
    expect(toDay('06/14/2022')).toBe('2022-06-14');
    expect(toDay('03/05/2024')).toBeNull();
    expect(toDay('31/02/2024')).toBeNull();
    expect(toDay('1655251200')).toBeNull();
  });

  it('reads other written dates and refuses what is not a day', () => {
    expect(toDay('June 14, 2022')).toBe('2022-06-14');
    expect(toDay('2021-02-30')).toBeNull();
    expect(toDay('yesterday')).toBeNull();
    expect(toDay('')).toBeNull();
    expect(toDay(20211123)).toBeNull();
  });
});

describe('names', () => {
  it('joins several authors the way the page language does, once each', () => {
    expect(joinNames(['A One', 'B Two', 'A One'], 'en')).toBe('A One and B Two');
    expect(joinNames(['A', 'B'], 'de')).toBe('A und B');
    expect(joinNames(['A', 'B'], 'not a language tag!')).toBe('A and B');
    expect(joinNames([], 'en')).toBeNull();
  });

  it('takes "By" off a byline and refuses a profile URL as one', () => {
    expect(cleanByline('By Jonas Weber')).toBe('Jonas Weber');
    expect(cleanByline('https://facebook.example/someone')).toBeNull();
  });

  it('cuts a byline where it stops naming people (as real pages put them)', () => {
    expect(cleanByline('By: Marguerite Reardon August 18, 2010 3:21 PM PDT Print E-mail')).toBe(
      'Marguerite Reardon',
    );
    expect(cleanByline('Seth Fiegerman2014-01-26 21:32:46 UTC')).toBe('Seth Fiegerman');
    expect(cleanByline('Sam Byford on June 29, 2014 08:08 pm @345triangle')).toBe('Sam Byford');
    expect(cleanByline('JORDAN ROBERTSON and RACHEL METZ - AP Technology Writers | AP')).toBe(
      'JORDAN ROBERTSON and RACHEL METZ',
    );
    expect(cleanByline('Doug Stanglin, USA TODAY')).toBe('Doug Stanglin, USA TODAY');
    expect(cleanByline('Jean-Marie Le Pen-Smith')).toBe('Jean-Marie Le Pen-Smith');
  });

  it('drops who helped in brackets, keeps initials in brackets', () => {
    expect(cleanByline('Martin Untersinger (avec Damien Leloup)')).toBe('Martin Untersinger');
    expect(cleanByline('Richard (R.J.) Eskow')).toBe('Richard (R.J.) Eskow');
  });

  it('drops a conjunction left at the end, and a byline that is one', () => {
    expect(cleanByline('By Erin Cunningham and')).toBe('Erin Cunningham');
    expect(cleanByline('and')).toBeNull();
  });

  it('refuses a byline that names nobody', () => {
    for (const line of [
      'Sunday, Feb 1, 2015 11:57 AM UTC',
      'Authors',
      '#auteur',
      'lefigaro.fr',
      '—',
    ])
      expect(cleanByline(line)).toBeNull();
  });
});

describe('JSON-LD', () => {
  it('finds articles inside @graph arrays and top-level arrays, skipping broken blocks', () => {
    const d = doc(
      `<script type="application/ld+json">{ broken</script>${ld([{ '@type': 'WebSite' }, { '@graph': [{ '@type': 'NewsArticle', headline: 'H' }] }])}`,
    );
    expect(jsonLdObjects(d).map((o) => o['@type'])).toEqual(['WebSite', undefined, 'NewsArticle']);
    expect(pageMetadata(d).headline).toBe('H');
  });

  it('reads author as a string, an object or a list of both', () => {
    for (const [author, byline] of [
      ['Ann Lee', 'Ann Lee'],
      [{ '@type': 'Person', name: 'Ann Lee' }, 'Ann Lee'],
      [['Ann Lee', { name: 'Bo Kim' }, { name: 'Cy Ode' }], 'Ann Lee, Bo Kim, and Cy Ode'],
    ] as const)
      expect(pageMetadata(doc(ld({ '@type': 'Article', author }))).byline).toBe(byline);
  });

  it('reads every field it knows, keywords as a string or a list', () => {
    const meta = pageMetadata(
      doc(
        ld({
          '@type': ['NewsArticle'],
          headline: ' The headline ',
          datePublished: '2024-03-05T23:30:00-08:00',
          publisher: { name: 'The Herald' },
          articleSection: ['Local', 'Transport'],
          keywords: 'a, b,  c',
          image: [{ url: 'x.jpg' }, { caption: 'A bridge.', creditText: 'Lena Ortiz' }],
        }),
      ),
    );
    expect(meta).toEqual({
      headline: 'The headline',
      byline: null,
      date: '2024-03-05',
      publisher: 'The Herald',
      section: 'Local',
      tags: ['a', 'b', 'c'],
      photo: { caption: 'A bridge.', credit: 'Lena Ortiz' },
      lang: 'en',
    });
    expect(pageMetadata(doc(ld({ '@type': 'Article', keywords: ['x', 'y'] }))).tags).toEqual([
      'x',
      'y',
    ]);
  });

  it('ignores JSON-LD that is not an article', () => {
    expect(pageMetadata(doc(ld({ '@type': 'Recipe', headline: 'Soup' }))).headline).toBeNull();
  });
});

describe('best source first', () => {
  const og =
    '<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG site"><meta property="article:author" content="OG Author"><meta property="article:published_time" content="2020-01-02T00:00:00Z">';
  const micro =
    '<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Micro title</h1><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Micro Author</span></span><time itemprop="datePublished" datetime="2019-05-06">May 6</time></div>';

  it('prefers JSON-LD to microdata to meta tags, field by field', () => {
    const all = pageMetadata(doc(og + ld({ '@type': 'NewsArticle', headline: 'LD title' }), micro));
    expect(all.headline).toBe('LD title');
    expect(all.byline).toBe('Micro Author');
    expect(all.date).toBe('2019-05-06');
    expect(all.publisher).toBe('OG site');
  });

  it('reads a headline or an author marked on a link as its words, not its address', () => {
    const meta = pageMetadata(
      doc(
        '',
        '<article itemscope itemtype="http://schema.org/BlogPosting"><link itemprop="url" href="/code/covered/"><h2><a itemprop="name" href="/code/covered/">Get your code covered</a></h2><a itemprop="author" href="/people/ana">Ana Lima</a><p itemprop="articleBody">Text.</p></article>',
      ),
    );
    expect(meta.headline).toBe('Get your code covered');
    expect(meta.byline).toBe('Ana Lima');
  });

  it('falls back to OpenGraph and article:* alone', () => {
    const meta = pageMetadata(
      doc(
        og +
          '<meta property="article:tag" content="T1"><meta property="article:tag" content="T2"><meta property="article:section" content="S">',
      ),
    );
    expect(meta).toMatchObject({
      headline: 'OG title',
      byline: 'OG Author',
      date: '2020-01-02',
      publisher: 'OG site',
      section: 'S',
      tags: ['T1', 'T2'],
    });
  });

  it('leaves absent what no source states', () => {
    expect(pageMetadata(doc('<title>Just a title</title>', '<p>text</p>', ''))).toEqual({
      headline: null,
      byline: null,
      date: null,
      publisher: null,
      section: null,
      tags: [],
      photo: null,
      lang: null,
    });
  });
});

describe('cleanByline: job titles, helpers and repeats', () => {
  it('keeps the names, not the job title, the helpers in brackets or a repeated name', () => {
    expect(cleanByline('Andrea Stone Senior Washington Correspondent')).toBe('Andrea Stone');
    expect(cleanByline('By Jane Okafor, Staff Writer')).toBe('Jane Okafor');
    expect(
      cleanByline(
        'Martin Untersinger (avec Damien Leloup) et Martin Untersinger (avec Damien Leloup) Journaliste au Monde Suivre',
      ),
    ).toBe('Martin Untersinger');
    expect(cleanByline('Priya Raman and Tom Ellery')).toBe('Priya Raman and Tom Ellery');
    expect(cleanByline('Jürgen Müller und Aylin Şahin')).toBe('Jürgen Müller und Aylin Şahin');
  });
});
