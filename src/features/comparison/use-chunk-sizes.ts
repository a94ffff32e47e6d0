/**
 * Gives each chunk of a long comparison an estimate of its own height (see `chunk-sizer.ts`).
 * The estimating code is its own chunk, fetched only by long comparisons (`loadChunkSizer`,
 * which the view calls as soon as it knows the comparison is long): short comparisons never
 * skip a chunk and carried about 1.3 KB gzip of it for nothing, on a route 0.7 KB under its
 * JavaScript budget. Until it has arrived, skipped chunks stand in at the CSS guess.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Chunk } from './compare-rows.ts';
import type * as ChunkSizer from './chunk-sizer.ts';
import type { SizeMode, SizerMemory } from './chunk-sizer.ts';
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

/** The estimating module if it has arrived (it also holds the order chunks mount in). */
export const loadedSizer = (): Sizer | null => sizer;

const isLong = (section: HTMLElement | null): section is HTMLElement =>
  section?.closest('.cmp-long') != null;

/**
 * `chunks` change only when the items do. Chunks are found by `data-chunk` under `sectionRef`.
 * A view not `shown` (kept mounted under `content-visibility: hidden`) is neither measured nor
 * estimated: its width would read as nothing, and reading it would lay it out. It is estimated
 * once while the slot lays it out hidden (`measurable`), so its first showing finds the
 * estimates written; it is corrected only once shown (its chunks' heights read as nothing while
 * hidden). Being shown or hidden is followed by subscription (`ViewShown`), not by a render.
 */
export function useChunkSizes(
  sectionRef: RefObject<HTMLElement | null>,
  chunks: readonly Chunk<object>[],
  mode: SizeMode,
  shown: ViewShown,
): void {
  const [width, setWidth] = useState(0);
  const [loaded, setLoaded] = useState(sizer !== null);
  const memory = useRef<SizerMemory | null>(null);

  useEffect(() => {
    if (loaded || !isLong(sectionRef.current)) return;
    let live = true;
    loadChunkSizer().then(
      () => live && setLoaded(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [sectionRef, loaded]);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useLayoutEffect(() => {
    const section = sectionRef.current;
    if (!sizer || !isLong(section)) return;
    // Written once per chunks, width and mode: a view shown again unchanged keeps what it had,
    // and writing it again read the style and walked every element of the view (about 35 ms at
    // 4x on a ×100 switch).
    let written = false;
    const write = () => {
      if (!sizer || !shown.measurable || written) return;
      memory.current ??= sizer.newMemory();
      sizer.writeEstimates(section, chunks, mode, memory.current);
      written = true;
    };
    write();
    return shown.subscribe(write);
  }, [sectionRef, chunks, mode, width, loaded, shown]);
  useEffect(() => {
    const section = sectionRef.current;
    if (!sizer || !isLong(section)) return;
    let cancel: (() => void) | undefined;
    const schedule = () => {
      cancel?.();
      cancel = undefined;
      if (sizer && shown.now && memory.current)
        cancel = sizer.scheduleCorrection(section, memory.current);
    };
    schedule();
    const unsubscribe = shown.subscribe(schedule);
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [sectionRef, mode, width, loaded, shown]);
}
