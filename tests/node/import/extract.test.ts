import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { extractArticle, pageInput, trimSiteName } from '../../../src/node/import/extract.ts';
import { parseMarkdownFile } from '../../../src/node/content/markdown.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');
const extract = (name: string, url: string | null = null) => {
  const result = extractArticle(fixture(name), { url });
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  return result;
};

describe('extractArticle on realistic pages', { timeout: 30_000 }, () => {
  it('a CMS page with JSON-LD in @graph: every stated field, the article alone', () => {
    const { metadata, markdown } = extract(
      'cms-jsonld.html',
      'https://coastalherald.example/local/bridge',
    );
    expect(metadata).toEqual({
      headline: 'Harbour bridge to close for six months of repairs',
      byline: 'Priya Raman and Tom Ellery',
      date: '2024-03-05',
      publisher: 'The Coastal Herald',
      section: 'Local',
      tags: ['bridges', 'transport', 'city council'],
      photo: {
        caption: 'The harbour bridge at dusk, seen from the ferry terminal.',
        credit: 'Lena Ortiz/Coastal Herald',
      },
      lang: 'en-GB',
    });
    expect(markdown).toMatch(/^The harbour bridge will close to all traffic/);
    expect(markdown).toContain('## Businesses fear a quiet summer');
    expect(markdown).toContain('[support fund](<https://coastalherald.example/support-fund>)');
    expect(markdown).toContain('[contact the newsroom](<https://coastalherald.example/contact>)');
    expect(markdown).toContain('An interactive map of the diversions');
    for (const furniture of [
      'Advertisement',
      'Share on X',
      'Related',
      'Comments (3)',
      'About time',
      'All rights reserved',
      'alert',
      'tracking',
      'By Priya',
    ])
      expect(markdown).not.toContain(furniture);
  });

  it('a page with only OpenGraph: headline, byline (not the profile URL), date, section, tags', () => {
    const { metadata, markdown } = extract('opengraph-only.html');
    expect(metadata).toMatchObject({
      headline: 'Town library to open until 10pm on Fridays',
      byline: 'Sam Okafor',
      date: '2023-10-12',
      publisher: 'Valley Times',
      section: 'Community',
      tags: ['Libraries', 'Culture'],
      photo: null,
    });
    expect(markdown).not.toContain('cookies');
    expect(markdown).toContain('[the library](<mailto:library@valleytimes.example>)');
  });

  it('a page with microdata', () => {
    expect(extract('microdata.html').metadata).toMatchObject({
      headline: 'School board approves four-day week for rural district',
      byline: 'Carla Mendes',
      date: '2022-06-14',
      publisher: 'River Falls Gazette',
      section: 'Education',
    });
  });

  it('an AMP page: amp-ad and share widgets dropped', () => {
    const { metadata, markdown } = extract('amp.html');
    expect(metadata).toMatchObject({
      headline: 'Storm knocks out power to 40,000 homes',
      byline: 'Rachel Kim',
      date: '2025-01-19',
      publisher: 'North Star News',
    });
    expect(markdown.split('\n\n')).toHaveLength(4);
    expect(markdown).not.toMatch(/\bAd\b/);
  });

  it('a page with ads, a newsletter box and a comment thread longer than the article', () => {
    const { metadata, markdown } = extract('ads-comments.html');
    expect(metadata.byline).toBe('Jonas Weber');
    expect(metadata.headline).toBe('Council votes to ban cars from market square');
    expect(markdown.split('\n\n')).toHaveLength(4);
    for (const furniture of [
      'sofas',
      'briefing',
      'Sponsored',
      'Facebook',
      'advertisement',
      'comments',
      'Finally!',
      'Doctors',
      'Post',
    ])
      expect(markdown).not.toContain(furniture);
    // Text that looks like markup stays text; the tracked link keeps only its target.
    expect(parseMarkdownFile(markdown).notices).toEqual([]);
    expect(markdown).toContain('Written \\<b\\>objections\\</b\\> \\& questions');
    expect(markdown).toContain('[consultation page](<https://council.example/consultation>)');
  });

  it('a page in German: names joined in German, text as written', () => {
    const { metadata, markdown } = extract('german.html');
    expect(metadata).toMatchObject({
      byline: 'Jürgen Müller und Aylin Şahin',
      date: '2023-09-01',
      section: 'Verkehr',
      lang: 'de',
    });
    expect(markdown).toContain('„großen Tag für die Stadt“');
  });
});

describe('encodings', () => {
  const paragraph = 'The minister said \x93we will not give up\x94 on the plan. '.repeat(12);
  const page = (head: string) =>
    Uint8Array.from(
      `<html><head>${head}</head><body><article><p>${paragraph}</p></article></body></html>`,
      (c) => c.charCodeAt(0),
    );

  it('decodes a saved page in the charset its meta tag declares (windows-1252 quotes)', () => {
    const result = extractArticle(page('<meta charset="windows-1252">'));
    expect(result.ok && result.markdown).toContain('said “we will not give up” on the plan');
  });

  it("lets the server's charset win over the page's, as a browser does", () => {
    const result = extractArticle(page('<meta charset="utf-8">'), {
      contentType: 'text/html; charset=windows-1252',
    });
    expect(result.ok && result.markdown).toContain('“we will not give up”');
  });
});

describe('UTF-8 pages that declare another charset or none', () => {
  const utf8 = (head: string) =>
    new TextEncoder().encode(
      `<html><head>${head}</head><body><article><p>${'She said “we won’t” — 창의적. '.repeat(20)}</p></article></body></html>`,
    );

  it.each([
    ['no declaration', ''],
    ['a stale windows-1252 declaration', '<meta charset="windows-1252">'],
  ])('reads valid UTF-8 as UTF-8 with %s', (_, head) => {
    const result = extractArticle(utf8(head));
    expect(result.ok && result.markdown).toContain('She said “we won’t” — 창의적.');
  });

  it('leaves plain ASCII, legacy bytes and a server-named charset to jsdom', () => {
    const ascii = new TextEncoder().encode('<p>plain</p>');
    expect(pageInput(ascii)).toBe(ascii);
    const legacy = Uint8Array.from([0x3c, 0x70, 0x3e, 0x93, 0x3c]);
    expect(pageInput(legacy)).toBe(legacy);
    expect(pageInput(utf8(''), 'text/html; charset=iso-8859-1')).toBeInstanceOf(Uint8Array);
  });
});

describe('trimSiteName', () => {
  it("keeps the page's <h1> when the stated headline is it plus a site name", () => {
    expect(
      trimSiteName('Five Lessons for Business - BusinessWeek', ['Five Lessons for Business']),
    ).toBe('Five Lessons for Business');
    expect(trimSiteName('TechCrunch | 2005 Zuckerberg', ['Got a tip?', '2005 Zuckerberg'])).toBe(
      '2005 Zuckerberg',
    );
    expect(trimSiteName('A - B - C', ['B'])).toBe('B');
  });

  it('cuts nothing on a guess', () => {
    expect(trimSiteName('Oil spill - TIME', [])).toBe('Oil spill - TIME');
    expect(trimSiteName('Oil spill: the cost', ['Oil spill: the cost'])).toBe(
      'Oil spill: the cost',
    );
    expect(trimSiteName('Marines-to-be face cuts', ['Marines'])).toBe('Marines-to-be face cuts');
    expect(trimSiteName(null, ['H'])).toBeNull();
  });
});

describe('furniture', () => {
  it('never removes the box that holds the headline, whatever its class names', () => {
    const text = Array.from(
      { length: 8 },
      (_, i) =>
        `<p>The Greek cabinet agreed on round ${i + 2} of the measures after a long night of talks in Athens.</p>`,
    ).join('');
    const nav = Array.from({ length: 40 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`);
    const result = extractArticle(
      `<html><head><title>Developments in Greece</title></head><body><div class="ad-wallpaper"><ul class="menu">${nav.join('')}</ul>
       <div class="post"><h1>Developments in Greece</h1><div class="byline"><a href="/author/ll">Lina Lopez</a></div>
       <div class="ad-slot">Advertisement: buy now</div><div class="post-content">${text}</div></div>
       </div></body></html>`,
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.metadata.headline).toBe('Developments in Greece');
    expect(result.metadata.byline).toBe('Lina Lopez');
    expect(result.markdown).toMatch(/^The Greek cabinet agreed on round 2/);
    expect(result.markdown).not.toContain('Advertisement');
  });
});

describe('pages with several articles', () => {
  const teaser = (i: number) =>
    `<li class="card"><h3><a href="/other-${i}">Other story number ${i} about the city budget</a></h3><p>A short summary of the other story number ${i}, which is about the city budget and its long delays.</p><span class="byline">By Someone Else ${i}</span></li>`;
  const teasers = `<ul>${[1, 2, 3, 4, 5, 6].map(teaser).join('')}</ul>`;
  const update = (time: string, heading: string, n: number) =>
    `<article class="live-update"><time datetime="2024-02-09T${time}:00Z">${time}</time><h2>${heading}</h2>${Array.from(
      { length: n },
      (_, i) =>
        `<p>${heading}, update ${i + 1}: the wind reached a hundred kilometres an hour on the coast road and the ferries stayed in port.</p>`,
    ).join('')}</article>`;

  it('a live blog: every update in page order, under the blog headline and byline', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'LiveBlogPosting',
      headline: 'Storm Ciara: live updates',
      author: [{ '@type': 'Person', name: 'Mia Kovač' }],
      datePublished: '2024-02-09T06:00:00+00:00',
      liveBlogUpdate: [{ '@type': 'BlogPosting', headline: 'Trains cancelled' }],
    })}</script>`;
    const result = extractArticle(
      `<html lang="en"><head><title>Storm Ciara: live updates - The Daily</title>${ld}</head><body>
       <main><h1>Storm Ciara: live updates</h1><p class="byline">By Mia Kovač</p>
       ${update('11:40', 'Roads closed', 2)}${update('10:15', 'Schools shut', 3)}${update('09:10', 'Trains cancelled', 2)}
       </main><div class="rail">${teasers}</div></body></html>`,
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.metadata).toMatchObject({
      headline: 'Storm Ciara: live updates',
      byline: 'Mia Kovač',
      date: '2024-02-09',
    });
    const order = [
      'Roads closed, update 1',
      'Schools shut, update 3',
      'Trains cancelled, update 2',
    ];
    const at = order.map((text) => result.markdown.indexOf(text));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(result.markdown).not.toContain('Other story');
  });

  it('a story among teasers with their own headings, summaries and bylines: the story alone', () => {
    const story = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Main story paragraph ${i + 1}: the council postponed the vote on the budget again, citing missing figures from the transport office.</p>`,
    ).join('');
    const result = extractArticle(
      `<html lang="en"><head><title>Budget vote delayed</title></head><body>
       <div class="top">${teasers}</div><h1>Budget vote delayed</h1><p class="byline">By Ana Ruiz</p>
       <div class="story">${story}</div><div class="more"><h2>More stories</h2>${teasers}</div></body></html>`,
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.metadata.byline).toBe('Ana Ruiz');
    expect(result.markdown).toMatch(/^Main story paragraph 1/);
    expect(result.markdown).toContain('Main story paragraph 6');
    expect(result.markdown).not.toMatch(/Other story|short summary|Someone Else|More stories/);
  });
});

describe('a page that states no title', () => {
  const story = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1}: the ferry company said the new timetable starts in June, with two more crossings each day.</p>`,
  ).join('');

  it('takes its one <h1> as the headline, and no heading when it has several', () => {
    const one = extractArticle(`<html><body><h1>Ferries to run hourly</h1>${story}</body></html>`);
    expect(one.ok && one.metadata.headline).toBe('Ferries to run hourly');
    const two = extractArticle(
      `<html><body><h1>The Daily</h1><h1>Ferries to run hourly</h1>${story}</body></html>`,
    );
    expect(two.ok && two.metadata.headline).toBeNull();
  });
});

describe('paywalls', () => {
  const paragraphs = (what: string, n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<p>The ${what} paragraph ${i + 1} says the port will take larger ships from May onwards, after the harbour board agreed on Tuesday to dredge the channel to fourteen metres and to widen the turning basin by the old grain quay.</p>`,
    ).join('');
  const ld = `<script type="application/ld+json">${JSON.stringify({
    '@type': 'NewsArticle',
    headline: 'Port to take larger ships',
    isAccessibleForFree: false,
    hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall' },
  })}</script>`;

  it("reads a subscriber's page marked up as Google asks: the free and the paid text, no prompt", () => {
    const result = extractArticle(
      `<html><head>${ld}</head><body><article><h1>Port to take larger ships</h1>
       <div class="non-paywall">${paragraphs('free', 2)}</div>
       <div class="paywall">${paragraphs('paid', 6)}</div>
       <div class="subscribe-prompt"><p>Subscribe to keep reading.</p></div></article></body></html>`,
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.markdown).toContain('The free paragraph 1 says');
    expect(result.markdown).toContain('The paid paragraph 6 says');
    expect(result.markdown).not.toContain('Subscribe');
  });

  it('refuses the stub a reader without a subscription saved, saying why in one line', () => {
    const result = extractArticle(
      `<html><head>${ld}</head><body><article><h1>Port to take larger ships</h1>
       <div class="non-paywall">${paragraphs('free', 2)}</div>
       <div class="subscribe-prompt"><p>Subscribe to keep reading.</p></div></article></body></html>`,
    );
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/^not an article: no readable article text \(\d+ words found/),
    });
  });
});

describe('pages that are not articles', () => {
  it.each([
    ['not-article.html', /not an article: \d+% of its text is links/],
    ['not-found.html', /not an article: the page says it was not found \(a 404 page\)/],
  ])('%s gets a one-line reason', (name, reason) => {
    const result = extractArticle(fixture(name));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(reason);
      expect(result.reason).not.toContain('\n');
    }
  });

  it('a page its CMS wraps whole in a <form> is read, its fields and a sign-up form are not', () => {
    const text = Array.from(
      { length: 8 },
      (_, i) => `The county board heard ${i + 2} hours of comment on the records rule on Monday.`,
    ).join('<br><br>');
    const result = extractArticle(
      `<html><body><form id="aspnetForm" action="/story.aspx"><input type="hidden" value="VIEWSTATE">
       <select><option>Choose a section</option></select>
       <div><h1>Records rule draws opposition</h1><span class="articleText">${text}</span></div>
       <form class="search"><textarea>Search this site</textarea></form></form>
       <form class="signup"><p>Get our morning briefing, sent to your inbox every weekday.</p></form>
       </body></html>`,
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.markdown).toContain('The county board heard 2 hours of comment');
    expect(result.markdown).not.toMatch(/Choose a section|Search this site|morning briefing/);
  });

  it('an article whose headline has "not found" or "404" in it is still an article', () => {
    const body =
      '<p>Search teams said on Sunday that the missing hiker had not been found after three days on the mountain, and that the search would continue through the night with two helicopters and forty volunteers from the nearby villages.</p>'.repeat(
        3,
      );
    for (const title of [
      'Missing hiker not found after three days',
      '404 jobs cut at the steelworks',
    ]) {
      const result = extractArticle(
        `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`,
      );
      expect(result.ok).toBe(true);
    }
  });

  it('a page with a few words only', () => {
    const result = extractArticle('<html><body><p>Subscribe to read this story.</p></body></html>');
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /no readable article text \(\d+ words found, at least 80 needed\)/,
      ),
    });
  });
});

describe('what the page itself prints', () => {
  it('keeps jsdom’s CSS complaints and the page’s console out of the command’s output', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const body = Array.from(
      { length: 30 },
      (_, i) =>
        `<p>Paragraph ${i} of the council report on the new tram line runs on for a while.</p>`,
    ).join('');
    const html = `<html><head><title>Tram line opens</title><style>@import url("/media/style.css");</style></head><body><script>console.log("page")</script><article><h1>Tram line opens</h1>${body}</article></body></html>`;
    const result = extractArticle(html);
    expect(result.ok).toBe(true);
    expect(error).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
    error.mockRestore();
    log.mockRestore();
  });
});

describe('a short text: an article when the page shows it is one', () => {
  const note =
    '<p>The minister answered questions about the new rail timetable and the cost of the tunnel repairs on this morning’s programme.</p>'; // 20 words
  const page = (head: string, body: string) =>
    extractArticle(`<html><head>${head}</head><body>${body}</body></html>`);

  it('reads a programme note declared an article, titled by its heading, or with a byline', () => {
    const declared = page(
      '<title>Morning programme</title><meta property="og:type" content="article">',
      `<h1>Morning programme</h1>${note}`,
    );
    expect(declared.ok && declared.words).toBe(20);
    const titled = page(
      '<title>Rail timetable questions - Radio Ten</title>',
      `<h1><a href="/">Radio Ten</a></h1><h2>Rail timetable questions</h2>${note}`,
    );
    expect(titled.ok && titled.markdown).toContain('The minister answered');
    const signed = page(
      '<title>Radio Ten</title>',
      `<h1>Rail questions</h1><p class="byline">By Mira Holt</p>${note}`,
    );
    expect(signed.ok && signed.metadata.byline).toBe('Mira Holt');
  });

  it('refuses it on a page that shows nothing of the kind, or under 15 words, in one line', () => {
    expect(page('<title>Radio Ten</title>', `<h1>Welcome</h1>${note}`)).toEqual({
      ok: false,
      reason:
        'not an article: no readable article text (20 words found, at least 80 needed, or 15 on a page that shows it is an article)',
    });
    expect(
      page(
        '<meta property="og:type" content="article">',
        '<h1>Sign in</h1><p>Sign in to read this story.</p>',
      ),
    ).toEqual({
      ok: false,
      reason: 'not an article: no readable article text (7 words found, at least 80 needed)',
    });
  });

  it('refuses the short teaser of a page marked for subscribers, saying so', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Rail questions',
      isAccessibleForFree: 'False',
    })}</script>`;
    const result = page(ld, `<h1>Rail questions</h1>${note}`);
    expect(result.ok ? '' : result.reason).toMatch(
      /the page marks the rest for subscribers only\)$/,
    );
  });
});

describe('more kinds of real-world page', { timeout: 30_000 }, () => {
  it.each([
    [
      'meta-author-time.html',
      'Council votes to plant 2,000 street trees',
      'Hannah Okoye',
      '2023-04-18',
      'The first 600 trees, mostly field maples',
      'Bus fares to rise',
    ],
    [
      'wordpress-hentry.html',
      'Repairing a cracked cello top',
      'Tomasz Wren',
      '2022-11-09',
      'I used hot hide glue',
      'clearest explanation of cleats',
    ],
    [
      'medium-like.html',
      'What I learned running a night bakery',
      'Luca Ferrand',
      '2021-07-21',
      '## Dough keeps its own hours',
      'Keeping a starter alive',
    ],
    [
      'nested-articles.html',
      'Ferry service to the islands doubles in summer',
      'Rosa Delgado',
      '2024-05-30',
      'A second boat, leased from a company on the mainland',
      'Lighthouse keeper',
    ],
    [
      'rtl-arabic.html',
      'افتتاح مكتبة جديدة للأطفال في وسط المدينة',
      'سارة الخطيب',
      '2023-09-14',
      'وأضافت أن الدخول مجاني لجميع الأطفال',
      'حديقة عامة جديدة',
    ],
  ])(
    '%s: headline, byline, day and the article alone',
    (name, headline, byline, date, kept, gone) => {
      const { metadata, markdown } = extract(name);
      expect(metadata).toMatchObject({ headline, byline, date });
      expect(markdown).toContain(kept);
      expect(markdown).not.toContain(gone);
      expect(markdown).not.toMatch(/Follow|Sign in|Post Comment|Recent Posts|Most read|min read/);
      // The byline printed under the headline is in the byline field, not again in the body.
      expect(markdown.split('\n\n').filter((p) => p.includes(byline) && p.length < 60)).toEqual([]);
    },
  );
});
