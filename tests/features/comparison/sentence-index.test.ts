import { describe, expect, it, vi } from 'vitest';
import {
  findSentences,
  freshIndex,
  indexes,
} from '../../../src/features/comparison/sentence-index.ts';
import { warmSentenceIndex as warm } from '../../../src/features/comparison/sentence-index-build.ts';

const warmSentenceIndex = (root: HTMLElement) => warm(root, indexes, freshIndex);

function column(ids: [string, number | null][]): HTMLElement {
  const root = document.createElement('div');
  const p = document.createElement('p');
  for (const [id, pair] of ids) {
    const s = document.createElement('span');
    s.className = 'cmp-s';
    s.dataset['sid'] = id;
    if (pair !== null) s.dataset['pair'] = String(pair);
    p.append(s);
  }
  root.append(p);
  document.body.append(root);
  return root;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('sentence index', () => {
  it('finds the sentences of a pair and of sentence ids', () => {
    const root = column([
      ['L0', 0],
      ['L1', 0],
      ['L2', null],
    ]);
    expect(findSentences(root, { pair: 0 }).map((s) => s.dataset['sid'])).toEqual(['L0', 'L1']);
    expect(findSentences(root, { sentences: ['L2', 'L9'] }).map((s) => s.dataset['sid'])).toEqual([
      'L2',
    ]);
    expect(findSentences(root, null)).toEqual([]);
  });

  it('is built once when warmed, not rebuilt when only classes change, nor inside a query', async () => {
    const root = column([
      ['L0', 0],
      ['L1', 1],
    ]);
    const walk = vi.spyOn(root, 'getElementsByClassName');
    const query = vi.spyOn(root, 'querySelectorAll');
    warmSentenceIndex(root);
    const [first] = findSentences(root, { pair: 0 });
    first?.classList.add('is-selected');
    await tick();
    findSentences(root, { pair: 1 });
    expect(walk).toHaveBeenCalledTimes(1);
    expect(query).not.toHaveBeenCalled();

    // React re-creates a sentence: the answers follow at once, by a query, and the index is
    // rebuilt only when warmed again.
    const fresh = document.createElement('span');
    fresh.className = 'cmp-s';
    fresh.dataset['sid'] = 'L1';
    fresh.dataset['pair'] = '7';
    root.querySelector('[data-sid="L1"]')?.replaceWith(fresh);
    await tick();
    query.mockClear();
    expect(findSentences(root, { pair: 7 })).toEqual([fresh]);
    expect(findSentences(root, { pair: 1 })).toEqual([]);
    expect(findSentences(root, { sentences: ['L1'] })).toEqual([fresh]);
    expect(query).toHaveBeenCalledTimes(3);
    warmSentenceIndex(root);
    query.mockClear();
    expect(findSentences(root, { pair: 7 })).toEqual([fresh]);
    expect(findSentences(root, { sentences: ['L1'] })).toEqual([fresh]);
    expect(query).not.toHaveBeenCalled();
  });

  it('is built in idle time a slice at a time, and finds everything meanwhile', () => {
    const root = column(Array.from({ length: 450 }, (_, i) => [`L${i}`, i] as [string, number]));
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => idle.push(cb));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    try {
      const query = vi.spyOn(root, 'querySelectorAll');
      warmSentenceIndex(root);
      const busy = { didTimeout: false, timeRemaining: () => 0 };
      // The browser has no time to spare: one slice per idle callback.
      idle.shift()?.(busy);
      expect(idle).toHaveLength(1);
      expect(findSentences(root, { pair: 449 }).map((s) => s.dataset['sid'])).toEqual(['L449']);
      expect(query).toHaveBeenCalledTimes(1);
      while (idle.length > 0) idle.shift()?.(busy);
      expect(findSentences(root, { pair: 449 }).map((s) => s.dataset['sid'])).toEqual(['L449']);
      expect(query).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('finds a sentence added between the first and the last in this very task', () => {
    const root = column([
      ['L0', 0],
      ['L2', 2],
    ]);
    warmSentenceIndex(root);
    expect(findSentences(root, { pair: 1 })).toEqual([]);
    // A fold opening inside a chunk that stays: the first and last sentence do not change.
    const added = document.createElement('span');
    added.className = 'cmp-s';
    added.dataset['sid'] = 'L1';
    added.dataset['pair'] = '1';
    root.querySelector('[data-sid="L0"]')?.after(added);
    expect(findSentences(root, { pair: 1 })).toEqual([added]);
  });
});
