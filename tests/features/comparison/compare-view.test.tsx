import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSyncExternalStore } from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CompareRoute } from '../../../src/app/routes/compare-route.tsx';
import { flushHistory, subscribeToUrl } from '../../../src/features/comparison/use-compare-url.ts';
import { paths } from '../../../src/shared/paths.ts';

const AP = 'japan-vietnam-cyber-defense-ap';
const REWRITE = 'japan-vietnam-defense-scraped-rewrite';

/**
 * The address bar, as the reader sees it (the selection is written to it directly, after the
 * next frame: tests wait for it).
 */
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
  // Entries the previous test asked for are written now, before this test's page replaces them.
  flushHistory();
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
  it('shows both versions with their label, source and date, heading their columns', () => {
    open();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Japan, Vietnam look to cyber defense against China: Comparing AP original and Scraped rewrite',
    );
    const rows = screen.getByRole('region', {
      name: 'AP original and Scraped rewrite, side by side',
    });
    const heads = rows.querySelectorAll('.cmp-head-cell');
    expect(heads[0]?.textContent).toMatch(/AP original.*Japan Today · The Associated Press/);
    expect(heads[1]?.textContent).toMatch(/Scraped rewrite.*Publisher unknown · date unknown/);
  });

  it('lays each pair out in one row, level, with a blank cell beside one-side-only text', () => {
    const { sentence } = open();
    // "Kishi said talks with his Vietnamese counterpart, Phan Van Giang …" is reworded as pair 3.
    const row = sentence('L2')?.closest('.cmp-row');
    expect(row?.className).toContain('cmp-row-changed');
    expect(row?.contains(sentence('R8') ?? null)).toBe(true);
    expect(sentence('L2')?.textContent).toMatch(/^Changed, pair 3: /);
    // The ministers' meeting sentence has no counterpart in the AP story: a blank beside it.
    const only = sentence('R1')?.closest('.cmp-row');
    expect(only?.className).toContain('cmp-row-only');
    expect(only?.querySelector('.cmp-cell[data-side="left"]')?.className).toContain(
      'cmp-cell-empty',
    );
    expect(sentence('R1')?.textContent).toContain('Only in this version, not in AP original');
  });

  it('marks a moved pair at both ends, each linking to the other', () => {
    const { sentence, view } = open();
    // Opposition to changing the status quo: last in AP, first in the rewrite. The rows follow
    // AP's order, so the rewrite's first place holds a marker that links to the pair's row.
    const row = sentence('L8')?.closest('.cmp-row');
    expect(row?.className).toContain('cmp-row-moved');
    const back = row?.querySelector('a.cmp-moved-link');
    expect(back?.getAttribute('href')).toBe('#row-m4');
    const marker = view.container.querySelector('#row-m4');
    expect(marker?.textContent).toContain('Pair 4 stood here in Scraped rewrite');
    expect(marker?.querySelector('a')?.getAttribute('href')).toBe(`#${row?.id}`);
  });

  it('follows the other version’s order when asked', async () => {
    const { view, user } = open();
    const order = () =>
      [...view.container.querySelectorAll<HTMLElement>('.cmp-s[data-sid^="R"]')]
        .map((s) => s.dataset['sid'])
        .slice(0, 3);
    expect(order()).toEqual(['R1', 'R2', 'R3']);
    await user.selectOptions(screen.getByRole('combobox', { name: /In the order of/ }), 'right');
    expect(order()).toEqual(['R0', 'R1', 'R2']);
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
    const findings = within(verdict)
      .getAllByRole('link')
      .filter((link) => link.classList.contains('verdict-finding'));
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
    await waitFor(() => expect(location()).toBe(`${paths.compare.to(AP, REWRITE)}#finding-5`));
    expect(sentence('L12')?.classList.contains('is-selected')).toBe(true);
    expect(sentence('R17')?.classList.contains('is-selected')).toBe(true);
    expect(number.getAttribute('aria-current')).toBe('true');
  });

  it('steps through the changes with buttons and keys, showing "change n of N"', async () => {
    const { user, location } = open();
    const status = () => screen.getByText(/ of \d+$|\d+ changes$/).textContent;
    expect(status()).toBe('25 changes');
    await user.click(screen.getByRole('button', { name: 'Next change' }));
    expect(status()).toBe('change 1 of 25');
    await waitFor(() => expect(location()).toMatch(/#pair-1$/));
    await user.keyboard('n');
    expect(status()).toBe('change 2 of 25');
    await user.keyboard('j');
    await user.keyboard('k');
    expect(status()).toBe('change 2 of 25');
    await user.click(screen.getByRole('button', { name: 'Previous change' }));
    expect(status()).toBe('change 1 of 25');
  });

  it('filters the changes by kind and keeps the filter in the URL', async () => {
    const { user, location } = open();
    await user.click(screen.getByRole('checkbox', { name: /^numbers/ }));
    await waitFor(() => expect(location()).toBe(`${paths.compare.to(AP, REWRITE)}?only=number`));
    await user.click(screen.getByRole('button', { name: 'Next change' }));
    expect(screen.getByText('change 1 of 1')).toBeTruthy();
    await waitFor(() => expect(location()).toMatch(/\?only=number#finding-5$/));
    await user.click(screen.getByRole('checkbox', { name: /^only in Scraped rewrite/ }));
    expect(screen.getByText(/ of 12$/)).toBeTruthy();
  });

  it('names the chips as the summary does, and their counts add up to the total', () => {
    open();
    const chips = screen
      .getAllByRole('checkbox')
      .map((c) => c.closest('label')?.textContent?.replace(/\s+/g, ' ').trim());
    expect(chips).toContain('only in AP original 6');
    expect(chips).toContain('only in Scraped rewrite 11');
    const counts = ['reworded', 'moved', 'only in AP original', 'only in Scraped rewrite'].map(
      (name) =>
        Number(
          chips
            .find((c) => c?.startsWith(`${name} `))
            ?.split(' ')
            .at(-1),
        ),
    );
    expect(counts.reduce((a, b) => a + b)).toBe(25);
    expect(screen.getByText('25 changes')).toBeTruthy();
  });

  it('swaps the sides with a link that keeps the mode', async () => {
    const { user } = open(`${paths.compare.to(AP, REWRITE)}?mode=inline`);
    expect(screen.getByRole('link', { name: /Swap sides/ }).getAttribute('href')).toBe(
      `${paths.compare.to(REWRITE, AP)}?mode=inline`,
    );
    await user.click(screen.getByRole('link', { name: /Swap sides/ }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Japan, Vietnam look to cyber defense against China: Comparing Scraped rewrite and AP original',
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

  it('shows a rewrite as before and after, marking only the shared names and numbers', () => {
    const { sentence } = open(`${paths.compare.to(AP, REWRITE)}?mode=inline`);
    // "Japan and Vietnam on Tuesday signed …" became "The two countries have signed …".
    const block = sentence('L0');
    expect(block?.className).toContain('cmp-rewrite');
    const lines = [...(block?.querySelectorAll('.cmp-rewrite-line') ?? [])].map(
      (l) => l.textContent,
    );
    expect(lines[0]).toMatch(/^Before \(AP original\) Japan and Vietnam on Tuesday signed/);
    expect(lines[1]).toMatch(/^After \(Scraped rewrite\) The two countries have signed/);
    expect(block?.querySelectorAll('del, ins')).toHaveLength(0);
    // The status-quo pair shares China, East China Sea: those are marked, nothing else.
    const shared = [...(sentence('L8')?.querySelectorAll('mark') ?? [])].map((m) => m.textContent);
    expect(shared).toEqual(expect.arrayContaining(['China', 'East', 'South', 'China', 'Sea']));
    expect(shared.every((w) => /^\p{Lu}|\d/u.test(w ?? ''))).toBe(true);
  });

  it('says plainly when the versions cannot be compared', async () => {
    // An id is found missing once its lookup answers: the render waits for it.
    await act(async () => {
      open(paths.compare.to(AP, 'no-such-version'));
    });
    // The not-found page is its own chunk: it appears once that has loaded.
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Page not found');
    expect(screen.getByText(/both must be versions of the same story/)).toBeTruthy();
  });
});
