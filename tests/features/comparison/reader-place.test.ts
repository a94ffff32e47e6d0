import { afterEach, describe, expect, it } from 'vitest';
import { stickyBottom } from '../../../src/features/comparison/reader-place.ts';
import { shownView } from '../../../src/features/comparison/sentence-index.ts';

/** The page's frame as compare-view.tsx draws it: a sticky toolbar, then both modes' wrappers. */
function page(shown: 'side' | 'inline'): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `
    <div class="cmp-toolbar" data-sticky=""></div>
    <div class="cmp-main">
      <div class="cmp-view" data-view="side"><section class="cmp-rows">
        <div class="cmp-heads" data-sticky=""></div><div class="cmp-chunk"></div>
      </section></div>
      <div class="cmp-view" data-view="inline"><section class="cmp-inline">
        <div class="cmp-chunk"></div>
      </section></div>
    </div>`;
  for (const view of root.querySelectorAll<HTMLElement>('.cmp-view'))
    view.hidden = view.dataset['view'] !== shown;
  document.body.append(root);
  return root;
}

/** Gives every element of `root` matching `selector` a box whose bottom is `bottom`. */
function bottomAt(root: HTMLElement, selector: string, bottom: number): void {
  for (const el of root.querySelectorAll<HTMLElement>(selector))
    el.getBoundingClientRect = () =>
      DOMRect.fromRect({ x: 0, y: bottom - 10, width: 1, height: 10 });
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the view shown and the sticky bottom', () => {
  it('finds the wrapper not hidden, first or second', () => {
    expect(shownView(page('side'))?.dataset['view']).toBe('side');
    document.body.replaceChildren();
    expect(shownView(page('inline'))?.dataset['view']).toBe('inline');
    expect(shownView(document)?.dataset['view']).toBe('inline');
  });

  it('counts the column heads of the view shown, never those of the hidden one', () => {
    const side = page('side');
    bottomAt(side, '.cmp-toolbar', 60);
    bottomAt(side, '.cmp-heads', 110);
    expect(stickyBottom(side)).toBe(110);
    document.body.replaceChildren();
    const inline = page('inline');
    bottomAt(inline, '.cmp-toolbar', 60);
    bottomAt(inline, '.cmp-heads', 110);
    expect(stickyBottom(inline)).toBe(60);
    expect(stickyBottom()).toBe(60);
  });
});
