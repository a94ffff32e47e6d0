import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSyncExternalStore } from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CompareRoute } from '../../../src/app/routes/compare-route.tsx';
import { subscribeToUrl } from '../../../src/features/comparison/use-compare-url.ts';
import { paths } from '../../../src/shared/paths.ts';

const AP = 'japan-vietnam-cyber-defense-ap';
const REWRITE = 'japan-vietnam-defense-scraped-rewrite';

/** The address bar, as the reader sees it (the selection is written to it directly). */
function Location() {
  useLocation(); // re-render on the router's navigations too
  const url = useSyncExternalStore(
    subscribeToUrl,
    () => `${window.location.pathname}${window.location.search}${window.location.hash}`,
  );
  return <output data-testid="location">{url}</output>;
}

function open(url = paths.compare.to(AP, REWRITE)) {
  const user = userEvent.setup();
  window.history.replaceState(null, '', url);
  const view = render(
    <BrowserRouter>
      <Routes>
        <Route path={paths.compare.pattern} element={<CompareRoute />} />
      </Routes>
      <Location />
    </BrowserRouter>,
  );
  const sentence = (id: string) => view.container.querySelector<HTMLElement>(`[data-sid="${id}"]`);
  const location = () => screen.getByTestId('location').textContent;
  return { user, view, sentence, location };
}

describe('comparison view on the seed pair', () => {
  it('shows both versions with their label, source and date', () => {
    open();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Comparing AP original and Scraped rewrite',
    );
    const left = screen.getByRole('region', { name: /AP original \(left column\)/ });
    expect(within(left).getByText(/Japan Today · The Associated Press/)).toBeTruthy();
    const right = screen.getByRole('region', { name: /Scraped rewrite \(right column\)/ });
    expect(within(right).getByText(/Publisher unknown · date unknown/)).toBeTruthy();
  });

  it('marks each sentence by what it is, with a word for screen readers', () => {
    const { sentence } = open();
    // "Kishi said talks with his Vietnamese counterpart, Phan Van Giang …" is reworded as pair 3.
    expect(sentence('L2')?.className).toContain('cmp-changed');
    expect(sentence('L2')?.textContent).toMatch(/^≠3Changed, pair 3: /);
    // The ministers' meeting sentence has no counterpart in the AP story.
    expect(sentence('R1')?.className).toContain('cmp-only');
    expect(sentence('R1')?.textContent).toContain('Only in this version, not in AP original');
    // The Senkaku islands are only in the AP story.
    expect(sentence('L3')?.className).toContain('cmp-only');
    // Opposition to changing the status quo: last in AP, first in the rewrite.
    expect(sentence('L8')?.className).toContain('cmp-moved');
    expect(sentence('L8')?.textContent).toContain('moved to ¶1 of Scraped rewrite');
    expect(sentence('R0')?.textContent).toContain('moved from ¶8 of AP original');
  });

  it('groups each column by 4 paragraphs and the groups by 4, in reading order', () => {
    // Text out of view is skipped by these groups (content-visibility), so a jump to a far
    // sentence lays out a few groups near it rather than a whole chunk of 16 paragraphs.
    const { view } = open();
    for (const pane of view.container.querySelectorAll('[data-scroll]')) {
      const chunks = [...pane.children];
      expect(chunks.every((c) => c.className === 'cmp-chunk')).toBe(true);
      const groups = chunks.flatMap((c) => [...c.children]);
      expect(groups.every((g) => g.className === 'cmp-group')).toBe(true);
      expect(chunks.every((c) => c.children.length <= 4)).toBe(true);
      expect(groups.every((g) => g.children.length <= 4)).toBe(true);
      expect(groups.slice(0, -1).every((g) => g.children.length === 4)).toBe(true);
      const paragraphs = groups.flatMap((g) => [...g.children]);
      expect(paragraphs.map((p) => (p as HTMLElement).dataset['paragraph'])).toEqual(
        paragraphs.map((_, i) => String(i)),
      );
    }
  });

  it('groups the inline text the same way', () => {
    const { view } = open(`${paths.compare.to(AP, REWRITE)}?mode=inline`);
    const text = view.container.querySelector('[data-scroll="inline"]');
    const chunks = [...(text?.children ?? [])];
    const groups = chunks.flatMap((c) => [...c.children]);
    const paragraphs = groups.flatMap((g) => [...g.children]);
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.every((c) => c.className === 'cmp-chunk' && c.children.length <= 4)).toBe(true);
    expect(groups.every((g) => g.className === 'cmp-group' && g.children.length <= 4)).toBe(true);
    expect(paragraphs.every((p) => p.className === 'cmp-para')).toBe(true);
    expect(paragraphs.map((p) => p.querySelector('.cmp-para-no')?.textContent ?? null)).toEqual(
      paragraphs.map((_, i) => `¶${i + 1}`),
    );
  });

  it('marks removed and added words inside a changed pair', () => {
    const { sentence } = open();
    const removed = [...(sentence('L11')?.querySelectorAll('del') ?? [])].map((d) => d.textContent);
    const added = [...(sentence('R16')?.querySelectorAll('ins') ?? [])].map((d) => d.textContent);
    expect(removed).toEqual([
      ' [removed: transfer] ',
      ' [removed: specific] ',
      ' [removed: possibly] ',
      ' [removed: being discussed] ',
    ]);
    expect(added).toEqual([
      ' [added: relocation] ',
      ' [added: certain] ',
      ' [added: perhaps] ',
      ' [added: under discussion] ',
    ]);
  });

  it('leads with the verdict; choosing a finding selects it in both columns', async () => {
    const { user, sentence, location } = open();
    const verdict = screen.getByRole('region', {
      name: 'Japan, Vietnam look to cyber defense against China',
    });
    const findings = within(verdict).getAllByRole('link');
    expect(findings.map((f) => f.getAttribute('href'))).toEqual([
      '#finding-1',
      '#finding-5',
      '#finding-2',
      '#finding-3',
      '#finding-4',
      '#finding-6',
      '#finding-7',
    ]);
    const number = findings[1] as HTMLElement;
    expect(number.textContent).toBe(
      'Likely error “11th” became “11NS” in the Scraped rewrite (“11NS” is not a number as written)',
    );
    await user.click(number);
    expect(location()).toBe(`${paths.compare.to(AP, REWRITE)}#finding-5`);
    expect(sentence('L12')?.classList.contains('is-selected')).toBe(true);
    expect(sentence('R17')?.classList.contains('is-selected')).toBe(true);
    expect(number.getAttribute('aria-current')).toBe('true');
  });

  it('steps through the changes with buttons and keys, showing "n of N"', async () => {
    const { user, location } = open();
    const status = () => screen.getByText(/ of \d+$|\d+ changes$/).textContent;
    expect(status()).toBe('25 changes');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(status()).toBe('1 of 25');
    expect(location()).toMatch(/#pair-1$/);
    await user.keyboard('n');
    expect(status()).toBe('2 of 25');
    await user.keyboard('j');
    await user.keyboard('k');
    expect(status()).toBe('2 of 25');
    await user.click(screen.getByRole('button', { name: /Previous/ }));
    expect(status()).toBe('1 of 25');
  });

  it('filters the changes by kind and keeps the filter in the URL', async () => {
    const { user, location } = open();
    await user.click(screen.getByRole('checkbox', { name: /Numbers/ }));
    expect(location()).toBe(`${paths.compare.to(AP, REWRITE)}?only=number`);
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(screen.getByText('1 of 1')).toBeTruthy();
    expect(location()).toMatch(/\?only=number#finding-5$/);
    await user.click(screen.getByRole('checkbox', { name: /Only right/ }));
    expect(screen.getByText(/ of 12$/)).toBeTruthy();
  });

  it('swaps the sides with a link that keeps the mode', async () => {
    const { user } = open(`${paths.compare.to(AP, REWRITE)}?mode=inline`);
    expect(screen.getByRole('link', { name: /Swap sides/ }).getAttribute('href')).toBe(
      `${paths.compare.to(REWRITE, AP)}?mode=inline`,
    );
    await user.click(screen.getByRole('link', { name: /Swap sides/ }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Comparing Scraped rewrite and AP original',
    );
  });

  it('reopens exactly what a URL names: the mode and the selected change', () => {
    const { sentence } = open(`${paths.compare.to(AP, REWRITE)}?mode=inline#pair-7`);
    expect(screen.getByRole('button', { name: 'Inline' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.getByRole('region', { name: /Changes inline/ })).toBeTruthy();
    expect(sentence('L12')?.classList.contains('is-selected')).toBe(true);
    expect(sentence('L12')?.textContent).toContain('11NS');
  });

  it('says plainly when the versions cannot be compared', async () => {
    // An id is found missing once its lookup answers: the render waits for it.
    await act(async () => {
      open(paths.compare.to(AP, 'no-such-version'));
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page not found');
    expect(screen.getByText(/both must be versions of the same story/)).toBeTruthy();
  });
});
