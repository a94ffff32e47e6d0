/**
 * What a long comparison's views do with their chunks of rows (see `chunk-sizer.ts`): give each
 * an estimate of its own height, and mount them a few at a time when many rows would come at
 * once (unfolding the whole text; `mount-order.ts`). The code for both is its own chunk, fetched
 * only by long comparisons (`loadChunkSizer`, which the view calls as soon as it knows the
 * comparison is long): short comparisons never skip a chunk and carried about 1.3 KB gzip of it
 * for nothing, on a route at its JavaScript budget. Until it has arrived, skipped chunks stand in
 * at the CSS guess and every chunk renders at once, as on short comparisons.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Chunk } from './compare-rows.ts';
import type * as ChunkSizer from './chunk-sizer.ts';
import type { SizeMode, SizerMemory } from './chunk-sizer.ts';
import type { Mounting, ShownChunk } from './mount-order.ts';
import { recentPlace } from './reader-place.ts';
import type { HighlightTarget } from './sentence-index.ts';
import type { ViewShown } from './view-shown.ts';

type Sizer = typeof ChunkSizer;

/** The estimating module once loaded (it is the same for every view), and its fetch. */
let sizer: Sizer | null = null;
let loading: Promise<Sizer> | null = null;

/** Fetches the estimating code once; a failed fetch may be tried again. */
export function loadChunkSizer(): Promise<Sizer> {
  return (loading ??= import('./chunk-sizer.ts').then(
    (module) => (sizer = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  ));
}

/** Every chunk rendered as it is. */
const everything = <T>(source: readonly Chunk<T>[]): Mounting<T> => ({
  source,
  shown: source,
  queue: [],
});

/**
 * `chunks` change only when the items do; returns the chunks to render (some maybe waiting, see
 * `planMount`). Chunks are found by `data-chunk` under `sectionRef`. A view not `shown` (kept
 * mounted under `content-visibility: hidden`) is neither measured nor estimated: its width
 * would read as nothing, and reading it would lay it out. It is estimated once while the slot
 * lays it out hidden (`measurable`), so its first showing finds the estimates written; it is
 * corrected only once shown (its chunks' heights read as nothing while hidden). Being shown or
 * hidden is followed by subscription (`ViewShown`), not by a render.
 */
export function useLongChunks<T extends object>(
  sectionRef: RefObject<HTMLElement | null>,
  chunks: readonly Chunk<T>[],
  mode: SizeMode,
  shown: ViewShown,
): readonly ShownChunk<T>[] {
  const [loaded, setLoaded] = useState(sizer !== null);
  const memory = useRef<SizerMemory | null>(null);
  const [m, setM] = useState(() => everything(chunks));
  let now = m;
  if (m.source !== chunks) {
    now = sizer?.planMounting(m, chunks, mode, recentPlace()) ?? everything(chunks);
    setM(now);
  }

  useEffect(() => {
    if (loaded || !sectionRef.current?.closest('.cmp-long')) return;
    let live = true;
    loadChunkSizer().then(
      () => live && setLoaded(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [sectionRef, loaded]);
  useLayoutEffect(
    () => sizer?.followSizes(sectionRef.current, chunks, mode, shown, memory),
    [sectionRef, chunks, mode, loaded, shown],
  );
  useEffect(() => sizer?.followMounting(sectionRef.current, m, setM, mode), [sectionRef, m, mode]);
  useEffect(() => sizer?.followPrinting(setM), [loaded]);
  return now.shown;
}

/**
 * Renders at once, in `view` (a `.cmp-view`), the chunk holding `target` (a change's sentences,
 * or a row by key) if it is still waiting. False when no chunk of the view was waiting.
 */
export const mountNow = (view: Element, target: HighlightTarget | { key: string }): boolean =>
  !view.dispatchEvent(new CustomEvent('cmp-mount', { detail: target, cancelable: true }));
