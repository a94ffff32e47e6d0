import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { StoryList } from '../../../src/features/reading/story-list.tsx';

describe('StoryList', () => {
  it('lists the seed story once with links to both of its versions', () => {
    render(
      <MemoryRouter>
        <StoryList />
      </MemoryRouter>,
    );
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(1);
    const versions = screen.getByRole('list', { name: /Versions of/ });
    const links = within(versions).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      '/articles/japan-vietnam-cyber-defense-ap',
      '/articles/japan-vietnam-defense-scraped-rewrite',
    ]);
    expect(links[0]).toHaveProperty(
      'textContent',
      'Japan, Vietnam look to cyber defense against China',
    );
  });
});
