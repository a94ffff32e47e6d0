/**
 * Whether a kept view is the one shown, told without a React render. Both modes stay mounted
 * (compare-view.tsx); as a prop, a switch re-rendered both views (each checking its thousands of
 * memoised rows) only so that one hook could start or stop estimating chunk heights. The slot
 * sets it in a layout effect and tells its listeners at once, before the reader's place is put
 * back (a parent's layout effect, which runs after its children's).
 */
export interface ViewShown {
  readonly now: boolean;
  /** Calls `listener` whenever `now` changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function viewShown(initial: boolean): ViewShown & { set(next: boolean): void } {
  const listeners = new Set<() => void>();
  let now = initial;
  return {
    get now() {
      return now;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (next === now) return;
      now = next;
      for (const listener of [...listeners]) listener();
    },
  };
}
