/**
 * Whether a kept view is the one shown, told without a React render. Both modes stay mounted
 * (compare-view.tsx); as a prop, a switch re-rendered both views (each checking its thousands of
 * memoised rows) only so that one hook could start or stop estimating chunk heights. The slot
 * sets it in a layout effect and tells its listeners at once, before the reader's place is put
 * back (a parent's layout effect, which runs after its children's).
 */
export interface ViewShown {
  readonly now: boolean;
  /**
   * True while shown, and for the one task in which the slot lays out the hidden view
   * (`layOutHidden`): its width can be read then without laying out anything extra.
   */
  readonly measurable: boolean;
  /** Calls `listener` whenever `now` or `measurable` changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export interface ViewShownControl extends ViewShown {
  set(next: boolean): void;
  setLaidOut(laidOut: boolean): void;
}

export function viewShown(initial: boolean): ViewShownControl {
  const listeners = new Set<() => void>();
  let now = initial;
  let laidOut = false;
  const tell = () => {
    for (const listener of [...listeners]) listener();
  };
  return {
    get now() {
      return now;
    },
    get measurable() {
      return now || laidOut;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (next === now) return;
      now = next;
      tell();
    },
    setLaidOut(next) {
      if (next === laidOut) return;
      laidOut = next;
      tell();
    },
  };
}
