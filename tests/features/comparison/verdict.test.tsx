import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { compareVersions } from '../../../src/engine/compare.ts';
import { ComparisonVerdict } from '../../../src/features/comparison/verdict.tsx';

// A wire story and a rewrite (text written for this test): a garbled name, a garbled ordinal,
// a changed number, a state written out and a dropped quotation.
const ORIGINAL = [
  'Flooding forced 300 families from their homes in Springfield, Ill., on Monday, officials said.',
  'Mayor Jane Okafor said the river rose faster than at any time since 1993.',
  '“We have never seen water like this,” Okafor said at a news conference.',
  'The National Weather Service expects more rain on the 21st.',
];
const REWRITE = [
  'Flooding forced 350 families from their homes in Springfield, Illinois, on Monday, officials said.',
  'Mayor Jane Okafur said the river rose faster than at any time since 1993.',
  'Okafor spoke at a news conference.',
  'The National Weather Service expects more rain on the 21th.',
];
const comparison = compareVersions(
  { label: 'Reuters', paragraphs: ORIGINAL },
  { label: 'local rewrite', paragraphs: REWRITE },
);

function show(headlines: { left?: string; right?: string } = { left: 'River floods Springfield' }) {
  const onSelect = vi.fn();
  const props = {
    comparison,
    left: { label: 'Reuters', headline: headlines.left },
    right: { label: 'local rewrite', headline: headlines.right },
    onSelect,
  };
  const view = render(<ComparisonVerdict {...props} selected={null} />);
  return {
    onSelect,
    view,
    rerender: (selected: string) =>
      view.rerender(<ComparisonVerdict {...props} selected={selected} />),
  };
}

describe('ComparisonVerdict', () => {
  it('heads the page with the headline and the two versions, and says which has none', () => {
    show();
    const region = screen.getByRole('region', { name: 'River floods Springfield' });
    expect(within(region).getByRole('heading', { level: 1 }).textContent).toBe(
      'River floods Springfield: Comparing Reuters and local rewrite',
    );
    expect(within(region).getByText('local rewrite has no headline.')).toBeTruthy();
  });

  it('shows both headlines when they differ, and never invents one', () => {
    show({ left: 'River floods Springfield', right: 'Springfield under water' });
    expect(screen.getByText('local rewrite headline: “Springfield under water”')).toBeTruthy();
    show({});
    expect(screen.getByRole('heading', { name: /^Untitled story: Comparing/ })).toBeTruthy();
    expect(screen.getByText('Neither version has a headline.')).toBeTruthy();
  });

  it('says what the comparison found in one sentence, with the similarity', () => {
    const { view } = show();
    const sentence = view.container.querySelector('.verdict-sentence')?.textContent ?? '';
    expect(sentence).toMatch(
      /^\d+% similar\. The local rewrite keeps 4 of Reuters’ 4 sentences, all reworded; a name and a number look garbled\.$/u,
    );
  });

  it('gives screen readers one paragraph with every likely error in words', () => {
    show();
    expect(
      screen.getByText(
        /Likely errors: “Mayor Jane Okafor” became “Mayor Jane Okafur” in the local rewrite; “21st” became “21th”/u,
      ),
    ).toBeTruthy();
  });

  it('ranks findings: likely errors, then meaning, then style folded away, each in words', () => {
    const { view } = show();
    const links = [...view.container.querySelectorAll<HTMLAnchorElement>('a.verdict-finding')];
    expect(links.map((a) => a.querySelector('.verdict-weight')?.textContent)).toEqual([
      'Likely error',
      'Likely error',
      'Meaning',
      'Meaning',
      'Style',
    ]);
    expect(links.map((a) => a.querySelector('.verdict-words')?.textContent)).toEqual([
      '“Mayor Jane Okafor” became “Mayor Jane Okafur” in the local rewrite',
      '“21st” became “21th” in the local rewrite',
      '“300” became “350” in the local rewrite',
      'The local rewrite drops a quotation from Reuters: “We have never seen water like this,”',
      'The local rewrite writes “Ill” as “Illinois”',
    ]);
    const style = links[4]?.closest('details');
    expect(style?.open).toBe(false);
    expect(style?.querySelector('summary')?.textContent).toMatch(/^1 change of style only/u);
  });

  it('links each finding to its anchor; choosing one selects it and marks it current', async () => {
    const user = userEvent.setup();
    const { onSelect, rerender } = show();
    const link = screen.getByRole('link', { name: /“21st” became “21th”/u });
    const anchor = link.getAttribute('href') ?? '';
    expect(anchor).toMatch(/^#finding-\d+$/u);
    await user.click(link);
    expect(onSelect).toHaveBeenCalledWith(anchor.slice(1));
    rerender(anchor.slice(1));
    expect(
      screen.getByRole('link', { name: /“21st” became “21th”/u }).getAttribute('aria-current'),
    ).toBe('true');
  });

  it('lists a change made in several places once, with a link to each place', async () => {
    const user = userEvent.setup();
    // An update that corrects the same figure in three sentences (text written for this test).
    const before = [
      'Repairs to the harbour wall will cost 4.2 million pounds, the council said.',
      'The wall was last rebuilt in 1953 after a storm.',
      'Of the 4.2 million pounds, half will be borrowed from the regional fund.',
      'Residents on the east quay asked again why the bill reached 4.2 million pounds.',
    ];
    const after = before.map((sentence) => sentence.replace('4.2', '4.8'));
    const onSelect = vi.fn();
    const props = {
      comparison: compareVersions(
        { label: 'Wire', paragraphs: before },
        { label: 'Update', paragraphs: after },
      ),
      left: { label: 'Wire' },
      right: { label: 'Update' },
      onSelect,
    };
    const view = render(<ComparisonVerdict {...props} selected={null} />);
    expect(screen.getAllByRole('link', { name: /“4\.2” became “4\.8”/u })).toHaveLength(1);
    expect(screen.getByText(/In 3 places/u)).toBeTruthy();
    const third = screen.getByRole('link', { name: 'place 3 of 3' });
    const anchor = (third.getAttribute('href') ?? '').slice(1);
    expect(anchor).toMatch(/^finding-\d+$/u);
    await user.click(third);
    expect(onSelect).toHaveBeenCalledWith(anchor);
    view.rerender(<ComparisonVerdict {...props} selected={anchor} />);
    expect(third.getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('link', { name: 'place 1 of 3' }).getAttribute('aria-current')).toBe(
      null,
    );
  });

  it('has a compact line for phones that opens and closes the details', async () => {
    const user = userEvent.setup();
    const { view } = show();
    const toggle = screen.getByRole('button', {
      name: /^\d+% similar · \d+ changes · 2 likely errors$/u,
    });
    const details = view.container.querySelector('.verdict-details');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(details?.getAttribute('data-open')).toBe('auto'); // CSS decides: open wide, folded on phones
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(details?.getAttribute('data-open')).toBe('true');
    await user.click(toggle);
    expect(details?.getAttribute('data-open')).toBe('false');
  });

  it('says so when no name, number or quotation changed', () => {
    const same = compareVersions(
      { label: 'A', paragraphs: ORIGINAL },
      { label: 'B', paragraphs: ORIGINAL },
    );
    render(
      <ComparisonVerdict
        comparison={same}
        left={{ label: 'A' }}
        right={{ label: 'B' }}
        selected={null}
        onSelect={() => {}}
      />,
    );
    expect(
      screen.getByText('The two versions are the same text, sentence for sentence.', {
        selector: '.visually-hidden *, .visually-hidden',
        exact: false,
      }),
    ).toBeTruthy();
    expect(
      screen.getByText('No name, number or quotation changed between the aligned sentences.'),
    ).toBeTruthy();
  });
});
