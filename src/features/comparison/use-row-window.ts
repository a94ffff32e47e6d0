/**
 * Which chunks of a long comparison are rendered in full: those within a screen of the window
 * (kept until they are two screens away, so a chunk does not flip at its edge), the chunk of the
 * selection, and a chunk a jump asks for. Every other chunk is light (see row-window.ts).
 * Measured from the chunks' boxes (light chunks are size-contained, so reading them costs no
 * layout of their text) in the animation frame after a scroll or a render, and changed by one
 * chunk a frame.
 */
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import type { Side } from './compare-model.ts';
import type { RowItem } from './compare-rows.ts';
import { chunkOfRow, chunkOfTarget, chunkText, FIRST_FULL, indexesBetween } from './row-window.ts';
import type { HighlightTarget } from './sentence-index.ts';

/** Screens of text either side of the window rendered in full, and kept in full. */
const NEAR = 1;
const KEEP = 2;

export interface RowWindow {
  /** Null: every chunk is full (a short comparison, or printing). */
  full: ReadonlySet<string> | null;
  /** Renders the chunk `key` in full now (before a jump scrolls to something in it). */
  show: (key: string) => void;
}

function chunkElements(section: HTMLElement): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const el of section.children)
    if (el instanceof HTMLElement && el.dataset['chunk'] !== undefined) out.push(el);
  return out;
}

const keysIn = (els: readonly HTMLElement[], indexes: readonly number[]) =>
  indexes.map((i) => els[i]?.dataset['chunk'] ?? '');

/**
 * The chunks wanted in full now, nearest the middle of the screen first: those within `NEAR`
 * screens, and those of `current` still within `KEEP` screens.
 */
function wantedChunks(section: HTMLElement, current: ReadonlySet<string>): string[] {
  const els = chunkElements(section);
  const boxes = els.map((el) => el.getBoundingClientRect());
  const h = window.innerHeight;
  const near = indexesBetween(boxes, -NEAR * h, (1 + NEAR) * h);
  const middle = indexesBetween(boxes, h / 2 - 1, h / 2 + 1)[0] ?? near[0] ?? 0;
  const kept = indexesBetween(boxes, -KEEP * h, (1 + KEEP) * h).filter((i) =>
    current.has(els[i]?.dataset['chunk'] ?? ''),
  );
  const order = [...new Set([...near, ...kept])].sort(
    (a, b) => Math.abs(a - middle) - Math.abs(b - middle),
  );
  return keysIn(els, order);
}

/**
 * The next step towards `wanted`: one chunk more in full (the nearest missing), or else up to
 * two chunks fewer; null when there is nothing to do. One chunk a frame keeps each frame's
 * rendering (React's commit, then the layout of about 300 objects) within budget: rendering the
 * two or three chunks around a far jump at once was one frame of 200 ms at 4x CPU slowdown.
 */
export function nextStep(
  current: ReadonlySet<string>,
  wanted: readonly string[],
  pinned: ReadonlySet<string>,
): Set<string> | null {
  const add = wanted.find((key) => !current.has(key));
  if (add !== undefined) return new Set([...current, add]);
  const keep = new Set(wanted);
  const drop = [...current].filter((key) => !keep.has(key) && !pinned.has(key)).slice(0, 2);
  if (drop.length === 0) return null;
  return new Set([...current].filter((key) => !drop.includes(key)));
}

/**
 * `chunks` changes when the rows do (a fold, a mode, an order); `pinned` are the chunks of the
 * selection and of the reader's place, full at once. `enabled` false renders everything.
 */
export function useRowWindow(
  sectionRef: RefObject<HTMLElement | null>,
  chunks: readonly { key: string }[],
  pinned: readonly (string | null)[],
  enabled: boolean,
): RowWindow {
  const pins = new Set(pinned.filter((key): key is string => key !== null));
  // The top of the page at first (the prerendered page has it too); after a mode switch, only
  // the reader's place and the selection: the rest fills in a chunk a frame.
  const [near, setNear] = useState<ReadonlySet<string>>(() =>
    pins.size > 0 ? new Set() : new Set(chunks.slice(0, FIRST_FULL).map((c) => c.key)),
  );
  const [asked, setAsked] = useState<string | null>(null);
  const pinsKey = [...pins].join(' ');
  const frame = useRef(0);
  // `near` as last rendered, for the next step.
  const nearRef = useRef(near);

  const schedule = useCallback(() => {
    if (frame.current || !enabled) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const section = sectionRef.current;
      if (!section) return;
      // A pinned chunk joins the window, so it goes light only a step at a time once the
      // selection moves on, not in the very render of the next jump.
      const pinnedNow = new Set(pinsKey ? pinsKey.split(' ') : []);
      const current = new Set([...nearRef.current, ...pinnedNow]);
      const next = nextStep(current, wantedChunks(section, current), pinnedNow) ?? current;
      if (next.size !== nearRef.current.size || [...next].some((k) => !nearRef.current.has(k)))
        setNear(next);
    });
  }, [sectionRef, enabled, pinsKey]);

  // After every render: one more step if the window is not there yet. A step that changes
  // nothing renders nothing, so this stops by itself.
  useEffect(() => {
    nearRef.current = near;
    schedule();
  });

  useEffect(() => {
    if (!enabled) return;
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame.current);
      frame.current = 0;
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [schedule, enabled]);

  const show = useCallback((key: string) => flushSync(() => setAsked(key)), []);

  if (!enabled) return { full: null, show };
  const full = new Set([...near, ...pins]);
  if (asked) full.add(asked);
  return { full, show };
}

/** What a view passes on to its window. */
export interface WindowOptions {
  /** The selection, whose chunk is always full. */
  selected: HighlightTarget | null;
  /** The reader's place across a fold toggle or a mode switch: its chunk is full too. */
  keep: HighlightTarget | null;
  /** Render only the chunks near the screen as rows (a long comparison, not printing). */
  windowed: boolean;
  showRef?: RefObject<ShowRow | null> | undefined;
}

/** Shows the row `key` (`p3`, `m3`) in full, for a jump to it; false if no chunk holds it. */
export type ShowRow = (key: string) => boolean;

/**
 * The window for a view of chunks: which chunks are full, each light chunk's text, and
 * `showRef` set to a function that renders a row's chunk in full (for a moved link's jump).
 * `rowsOf` must be a stable function (module level).
 */
export function useWindowedChunks<T extends object>(
  sectionRef: RefObject<HTMLElement | null>,
  chunks: readonly { key: string; items: readonly T[] }[],
  rowsOf: (item: T) => readonly RowItem[],
  labels: Record<Side, string>,
  options: WindowOptions,
): { isFull: (key: string) => boolean; textOf: (chunk: { items: readonly T[] }) => string } {
  const { selected, keep, windowed, showRef } = options;
  const pinned = useMemo(
    () =>
      windowed
        ? [chunkOfTarget(chunks, rowsOf, selected), chunkOfTarget(chunks, rowsOf, keep)]
        : [],
    [windowed, chunks, rowsOf, selected, keep],
  );
  const { full, show } = useRowWindow(sectionRef, chunks, pinned, windowed);
  useImperativeHandle(
    showRef,
    () => (key: string) => {
      const chunk = chunkOfRow(chunks, rowsOf, key);
      if (chunk) show(chunk);
      return chunk !== null;
    },
    [chunks, rowsOf, show],
  );
  const cache = useRef({ labels, rows: new WeakMap<RowItem, string>(), chunks: new WeakMap() });
  const textOf = (chunk: { items: readonly T[] }): string => {
    if (cache.current.labels !== labels)
      cache.current = { labels, rows: new WeakMap(), chunks: new WeakMap() };
    const known = cache.current.chunks.get(chunk) as string | undefined;
    if (known !== undefined) return known;
    const text = chunkText(chunk.items, rowsOf, labels, cache.current.rows);
    cache.current.chunks.set(chunk, text);
    return text;
  };
  return { isFull: (key) => full === null || full.has(key), textOf };
}
