import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LoadedArticle } from '../../../src/domain/article.ts';
import { CommentSection } from '../../../src/features/comments/comment-section.tsx';
import { STORAGE_KEY } from '../../../src/store/reader-settings.ts';
import { useReaderStore } from '../../../src/store/reader-store.ts';
import { loadedArticle } from '../../support/loaded-content.ts';

const AP_ID = 'japan-vietnam-cyber-defense-ap';
const ap = () => loadedArticle(AP_ID);

function show(article: LoadedArticle = ap(), url = '/') {
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={[url]}>
      <CommentSection article={article} />
    </MemoryRouter>,
  );
  return user;
}

const order = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

beforeEach(async () => {
  localStorage.clear();
  await act(() => useReaderStore.persist.rehydrate());
  act(() => useReaderStore.setState({ votes: {}, commentSort: 'oldest' }));
});

describe('comment section on the seed comments', () => {
  it('counts the comments in its heading and shows each score in the site’s form', () => {
    show();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('5 comments');
    const first = screen.getByRole('listitem', { name: 'Comment 1' });
    expect(within(first).getByText('0 ( +2 / -2 )')).toBeTruthy();
    expect(within(first).getByText('I pity any country that messes with Vietnam')).toBeTruthy();
  });

  it('heads each comment with plain text and a separate permalink, votes beside the score', () => {
    show();
    const first = screen.getByRole('listitem', { name: 'Comment 1' });
    const heading = within(first).getByRole('heading', { level: 3 });
    expect(heading.querySelector('a')).toBeNull();
    expect(
      within(first).getByRole('link', { name: 'Link to comment 1' }).getAttribute('href'),
    ).toBe('#comment-1');
    const group = within(first).getByRole('group', { name: 'Vote on comment 1' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Vote up comment 1', 'Vote down comment 1']);
    expect(within(group).getByText('Score 0: 2 up, 2 down')).toBeTruthy();
  });

  it('keeps the paragraphs of a comment', () => {
    show();
    const fourth = screen.getByRole('listitem', { name: 'Comment 4' });
    expect(fourth.querySelectorAll('.comment-body p')).toHaveLength(4);
  });

  it('sorts Oldest, Top, Controversial and Best, and remembers the choice', async () => {
    const user = show();
    const select = screen.getByRole('combobox', { name: 'Sort by' });
    expect(order()).toEqual(['Comment 1', 'Comment 2', 'Comment 3', 'Comment 4', 'Comment 5']);
    await user.selectOptions(select, 'top');
    expect(order()).toEqual(['Comment 1', 'Comment 3', 'Comment 4', 'Comment 5', 'Comment 2']);
    await user.selectOptions(select, 'controversial');
    expect(order()).toEqual(['Comment 1', 'Comment 4', 'Comment 2', 'Comment 3', 'Comment 5']);
    await user.selectOptions(select, 'best');
    expect(order()).toEqual(['Comment 1', 'Comment 4', 'Comment 2', 'Comment 3', 'Comment 5']);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state.commentSort).toBe('best');
  });

  it('votes once per comment, can change or withdraw the vote, and the vote is saved', async () => {
    const user = show();
    const third = screen.getByRole('listitem', { name: 'Comment 3' });
    const up = within(third).getByRole('button', { name: 'Vote up comment 3' });
    const down = within(third).getByRole('button', { name: 'Vote down comment 3' });
    await user.click(up);
    expect(within(third).getByText('1 ( +1 / 0 )')).toBeTruthy();
    expect(up.getAttribute('aria-pressed')).toBe('true');
    await user.click(down);
    expect(within(third).getByText('-1 ( 0 / -1 )')).toBeTruthy();
    expect(up.getAttribute('aria-pressed')).toBe('false');
    expect(down.getAttribute('aria-pressed')).toBe('true');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state.votes).toEqual({
      [`${AP_ID}#3`]: -1,
    });
    await user.click(down);
    expect(within(third).getByText('0 ( 0 / 0 )')).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state.votes).toEqual({});
  });

  it('a saved vote comes back after a reload', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ state: { votes: { [`${AP_ID}#1`]: 1 } }, version: 2 }),
    );
    await act(() => useReaderStore.persist.rehydrate());
    show();
    const first = screen.getByRole('listitem', { name: 'Comment 1' });
    expect(within(first).getByText('1 ( +3 / -2 )')).toBeTruthy();
    expect(
      within(first).getByRole('button', { name: 'Vote up comment 1' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('collapses a comment below the threshold to one line, and expands it on request', async () => {
    const user = show();
    const second = screen.getByRole('listitem', { name: 'Comment 2' });
    expect(within(second).queryByText(/China says it is friendly/)).toBeNull();
    expect(within(second).getByText(/Hidden: score -1/)).toBeTruthy();
    await user.click(within(second).getByRole('button', { name: 'Show comment 2' }));
    expect(within(second).getByText(/China says it is friendly/)).toBeTruthy();
  });

  it('marks the comment a permalink points to, and shows it even when collapsed', () => {
    show(ap(), '/articles/x#comment-2');
    const second = screen.getByRole('listitem', { name: 'Comment 2' });
    expect(second.className).toContain('is-target');
    expect(within(second).getByText(/China says it is friendly/)).toBeTruthy();
  });

  it('shows markup and script in a comment as plain characters', () => {
    const hostile =
      '<script>window.hacked = true</script><img src=x onerror="window.hacked = true">';
    show({ ...ap(), comments: [{ paragraphs: [hostile], up: 0, down: 0 }] });
    expect(screen.getByText(hostile)).toBeTruthy();
    expect(document.querySelector('.comment script, .comment img')).toBeNull();
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
  });
});
