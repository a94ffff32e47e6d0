import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { StoryList } from '../../../src/features/reading/story-list.tsx';
import { useContentStore } from '../../../src/store/content-store.ts';

/** Every story of the real content, newest first (loaded by tests/setup-dom.ts). */
const storyIds = () => useContentStore.getState().storyIds;

describe('StoryList', () => {
  it('lists the seed story once, linked to its page, with links to both of its versions', () => {
    render(
      <MemoryRouter>
        <StoryList storyIds={storyIds()} />
      </MemoryRouter>,
    );
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(1);
    const versions = screen.getByRole('list', { name: /Versions of/ });
    const links = within(versions).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      '/articles/japan-vietnam-cyber-defense-ap',
      '/articles/japan-vietnam-defense-scraped-rewrite',
    ]);
    expect(links.map((l) => l.textContent)).toEqual(['AP original', 'Scraped rewrite']);
    const title = screen.getByRole('heading', { level: 2 });
    expect(within(title).getByRole('link').getAttribute('href')).toBe(
      '/stories/japan-vietnam-cyber-space-pact-2021',
    );
  });

  it('says each headline once, the version count, the last update and what the comparison found', () => {
    const { container } = render(
      <MemoryRouter>
        <StoryList storyIds={storyIds()} />
      </MemoryRouter>,
    );
    const text = container.textContent ?? '';
    const title = screen.getByRole('heading', { level: 2 }).textContent ?? '';
    expect(text.split(title)).toHaveLength(2);
    expect(text).toContain('2 versions · updated Nov 23, 2021');
    expect(text).toMatch(/Scraped rewrite is \d+% similar to AP original\./);
    expect(text).toContain('“Phan Van Giang” became “Van Van Jung” in the Scraped rewrite.');
  });
});
