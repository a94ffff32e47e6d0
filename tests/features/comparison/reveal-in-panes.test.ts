import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { revealInPanes } from '../../../src/features/comparison/use-linked-highlight.ts';

const rect = (top: number, height: number) =>
  ({ top, bottom: top + height, left: 0, right: 100, width: 100, height }) as DOMRect;

/** A column 300 px high showing its top, with one sentence `at` px down its 10,000 px of text. */
function column(side: string, at: number) {
  const pane = document.createElement('div');
  pane.dataset['scroll'] = side;
  const sentence = document.createElement('span');
  pane.append(sentence);
  document.body.append(pane);
  // jsdom lays nothing out: the column and the sentence say where they are.
  Object.defineProperty(pane, 'offsetParent', { get: () => document.body });
  Object.defineProperty(pane, 'clientHeight', { get: () => 300 });
  Object.defineProperty(pane, 'scrollHeight', { get: () => 10_000 });
  pane.getBoundingClientRect = () => rect(0, 300);
  sentence.getBoundingClientRect = () => rect(at - pane.scrollTop, 20);
  const scrollTo = vi.fn((options: ScrollToOptions) => {
    pane.scrollTop = options.top ?? 0;
  });
  pane.scrollTo = scrollTo as typeof pane.scrollTo;
  return { sentence, scrollTo };
}

describe('revealing a selection in both columns', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('moves one column per frame, so no frame lays out far text in both', () => {
    const left = column('left', 5000);
    const right = column('right', 8000);
    revealInPanes([left.sentence, right.sentence]);
    expect(left.scrollTo).toHaveBeenCalledWith({ top: 4900 });
    expect(right.scrollTo).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    vi.runOnlyPendingTimers();
    expect(right.scrollTo).toHaveBeenCalledWith({ top: 7900 });
  });

  it('scrolls to text not laid out yet a frame after measuring it, so no frame does both', () => {
    const left = column('left', 5000);
    // Out of view and skipped by the browser: measuring it lays its paragraphs out.
    left.sentence.checkVisibility = () => false;
    revealInPanes([left.sentence]);
    expect(left.scrollTo).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    expect(left.scrollTo).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    expect(left.scrollTo).toHaveBeenCalledWith({ top: 4900 });
  });

  it('scrolls a column no further than its end', () => {
    const left = column('left', 9900);
    revealInPanes([left.sentence]);
    expect(left.scrollTo).toHaveBeenCalledWith({ top: 9700 });
  });

  it('does not make a column wait for one that does not move, nor reveal a column twice', () => {
    const left = column('left', 100);
    const right = column('right', 8000);
    const second = document.createElement('span');
    right.sentence.after(second);
    revealInPanes([left.sentence, right.sentence, second]);
    expect(left.scrollTo).not.toHaveBeenCalled();
    expect(right.scrollTo).toHaveBeenCalledTimes(1);
  });

  it('stops when cancelled (the selection changed meanwhile)', () => {
    const left = column('left', 5000);
    const right = column('right', 8000);
    const cancel = revealInPanes([left.sentence, right.sentence]);
    cancel();
    vi.advanceTimersToNextFrame();
    vi.runOnlyPendingTimers();
    expect(right.scrollTo).not.toHaveBeenCalled();
  });
});
