import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary, LoadedArticle } from '../../../src/domain/article.ts';
import { ArticlePage } from '../../../src/features/reading/article-page.tsx';
import { loadedArticle } from '../../support/loaded-content.ts';

const AP = () => loadedArticle('japan-vietnam-cyber-defense-ap');
const REWRITE = () => loadedArticle('japan-vietnam-defense-scraped-rewrite');

function show(article: LoadedArticle, others: ArticleSummary[]) {
  return render(
    <MemoryRouter>
      <ArticlePage article={article} others={others} />
    </MemoryRouter>,
  );
}

describe('ArticlePage', () => {
  it('shows everything the AP version says about itself', () => {
    const { container } = show(AP(), [REWRITE()]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Japan, Vietnam look to cyber defense against China',
    );
    expect(screen.getByText('By Mari Yamaguchi')).toBeTruthy();
    expect(screen.getByText('Tokyo')).toBeTruthy();
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe('2021-11-23');
    expect(container.querySelector('time')?.textContent).toBe('Nov 23, 2021');
    expect(screen.getByText('politics')).toBeTruthy();
    expect(
      within(screen.getByRole('list', { name: 'Tags' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Japan', 'Vietnam']);
    expect(screen.getByText('1–2 min read')).toBeTruthy();
    const figure = screen.getByRole('figure');
    expect(figure.querySelector('img')).toBeNull();
    expect(screen.getByText(/© Copyright 2021 The Associated Press/)).toBeTruthy();
    expect(screen.getByText('©2021 GPlusMedia Inc.')).toBeTruthy();
    expect(screen.getByRole('link', { name: '5 comments' }).getAttribute('href')).toBe('#comments');
  });

  it('renders the body as paragraphs, each with a link to itself', () => {
    const { container } = show(AP(), [REWRITE()]);
    const paragraphs = container.querySelectorAll('.article-body p');
    expect(paragraphs).toHaveLength(11);
    expect(paragraphs[10]?.id).toBe('p-11');
    expect(screen.getByRole('link', { name: 'Link to paragraph 11' }).getAttribute('href')).toBe(
      '#p-11',
    );
    expect(paragraphs[10]?.textContent).toMatch(/^Vietnam is the 11th nation/);
  });

  it('says once, in one line, what the scraped copy does not have, and where to find it', () => {
    show(REWRITE(), [AP()]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Scraped rewrite');
    const line = screen.getByText(/^This version gives no/);
    expect(line.textContent).toBe(
      'This version gives no headline, byline, dateline, date, publisher, or section (it is shown by its label). The AP original gives them.',
    );
    expect(within(line).getByRole('link', { name: 'AP original' }).getAttribute('href')).toBe(
      '/articles/japan-vietnam-cyber-defense-ap',
    );
    expect(screen.queryByText(/unknown/i)).toBeNull();
    expect(screen.getByText('No copyright notice in this version.')).toBeTruthy();
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('a version that gives every fact has no provenance line', () => {
    show(AP(), [REWRITE()]);
    expect(screen.queryByText(/^This version gives no/)).toBeNull();
  });

  it('the meta line holds only the facts the version gives', () => {
    const { container } = show(REWRITE(), [AP()]);
    const facts = [...container.querySelectorAll('.meta-line > span')].map((s) => s.textContent);
    expect(facts).toEqual(['2–3 min read', '0 comments']);
  });

  it('shows the photo caption as one line that opens, with its credit', () => {
    show(AP(), [REWRITE()]);
    const figure = screen.getByRole('figure');
    const details = figure.querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toMatch(
      /^Vietnam's Defense Minister General Phan Van Giang, left,/,
    );
    expect(within(figure).getByText('Photo: Issei Kato/Pool via AP')).toBeTruthy();
  });

  it('says near the top that the story has another version, linking to the comparison', () => {
    show(AP(), [REWRITE()]);
    const line = screen.getByRole('navigation', { name: 'Compare versions' });
    expect(line.textContent).toContain('This story has another version.');
    expect(
      within(line)
        .getByRole('link', { name: 'Compare with the Scraped rewrite' })
        .getAttribute('href'),
    ).toBe('/compare/japan-vietnam-cyber-defense-ap/japan-vietnam-defense-scraped-rewrite');
  });

  it('links to the other version and to the comparison', () => {
    show(REWRITE(), [AP()]);
    const nav = screen.getByRole('navigation', { name: 'Other versions of this story' });
    const links = within(nav)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/articles/japan-vietnam-cyber-defense-ap',
      '/compare/japan-vietnam-defense-scraped-rewrite/japan-vietnam-cyber-defense-ap',
    ]);
  });
});
