import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bylineNearHeadline } from '../../../src/node/import/byline.ts';

const doc = (body: string, lang = 'en') =>
  new JSDOM(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`).window.document;

const story = (words: number) => `<p>${'The council met again on Tuesday. '.repeat(words / 6)}</p>`;

/** A "more stories" list whose teasers each carry a byline, as many news pages print. */
const teasers = `<ul class="more-stories">
  <li><a href="/a">Mayor opens the new bridge over the river at last</a><span class="byline">Ann Other</span></li>
  <li><a href="/b">Schools stay shut for a second day after the storm</a><span class="byline">Ben Else</span></li>
</ul>`;

describe('bylineNearHeadline', () => {
  it('takes the byline beside the headline, not a teaser’s that comes first on the page', () => {
    const page = doc(
      `${teasers}<article><h1>Tram line approved</h1><p class="byline">By Carla Mendes</p>${story(120)}</article>`,
    );
    expect(bylineNearHeadline(page, 'Tram line approved')).toBe('Carla Mendes');
  });

  it('joins authors marked one per element, the way the page’s language joins them', () => {
    const page = doc(
      `<h1>Montebourg envisage des privatisations</h1><ul><li>Par <span itemprop="author">Bertille Bayart</span>, <span itemprop="author">Marie Visot</span></li></ul>${story(60)}`,
      'fr',
    );
    expect(bylineNearHeadline(page, 'Montebourg envisage des privatisations')).toBe(
      'Bertille Bayart et Marie Visot',
    );
  });

  it('takes the most precise of nested marks, without its "by:"', () => {
    const page = doc(
      `<h1>Angry media</h1><ul><li class="byline">by: <cite class="author">Laurie Oakes</cite></li><li class="date">May 5</li></ul>${story(60)}`,
    );
    expect(bylineNearHeadline(page, 'Angry media')).toBe('Laurie Oakes');
  });

  it('finds the headline in a lower heading when the <h1> is the site’s logo', () => {
    const page = doc(
      `<h1>Engadget</h1><h1>Engadget</h1><h4 class="post_title">Set-top boxes get a new guide</h4>
       <div class="post_byline">By <a rel="author" href="/richard">Richard Lawler</a> posted Aug 18th 2010 7:30PM</div>${story(60)}`,
    );
    expect(bylineNearHeadline(page, 'Set-top boxes get a new guide')).toBe('Richard Lawler');
  });

  it('reads class words whole: a login box called "authorization" names nobody', () => {
    const page = doc(
      `<h1>Babies and peanuts</h1><div id="authorization"><a href="/signin">Sign In</a></div>
       <p>By <a rel="author" href="/brenda">Brenda Goodman</a></p>${story(60)}`,
    );
    expect(bylineNearHeadline(page, 'Babies and peanuts')).toBe('Brenda Goodman');
  });

  it('finds nothing when no marked element stands near the headline', () => {
    const far = doc(
      `<h1>Tram line approved</h1>${story(300)}<footer><span class="author">Site Team</span></footer>`,
    );
    expect(bylineNearHeadline(far, 'Tram line approved')).toBeNull();
    const noHeading = doc(`${teasers}${story(60)}`);
    expect(bylineNearHeadline(noHeading, 'Tram line approved')).toBeNull();
  });
});
