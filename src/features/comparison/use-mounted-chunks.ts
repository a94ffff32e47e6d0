/**
 * Mounts a long view's chunks a few at a time when many rows would come at once (unfolding the
 * whole text): the chunks around the reader in the same commit, the others in idle time, nearest
 * first (`mount-order.ts`). Printing renders every chunk; a jump to text still waiting renders
 * its chunk first (`mountNow`). Until the chunk estimates' module has arrived (a first render),
 * and on short comparisons, every chunk renders at once, as before.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { Chunk, Row } from './compare-rows.ts';
import type { Mounting, MountMode, ShownChunk } from './mount-order.ts';
import { loadedSizer } from './use-chunk-sizes.ts';

const MOUNT = 'cmp-mount';

/** Every chunk rendered as it is (until the module that plans more has arrived). */
const everything = <T>(source: readonly Chunk<T>[]): Mounting<T> => ({
  source,
  shown: source,
  queue: [],
});

export function useMountedChunks<T>(
  sectionRef: RefObject<HTMLElement | null>,
  chunks: readonly Chunk<T>[],
  mode: MountMode,
): readonly ShownChunk<T>[] {
  const [m, setM] = useState(() => everything(chunks));
  let now = m;
  if (m.source !== chunks) {
    const sizer = loadedSizer();
    now = sizer
      ? sizer.planMount(m, chunks, m.all ? null : sizer.readerChunk(chunks, mode), mode)
      : everything(chunks);
    setM({ ...now, all: m.all });
  }
  const waiting = useRef(false);
  useEffect(() => {
    waiting.current = m.queue.length > 0;
    if (!waiting.current) return;
    const id = requestIdleCallback(() => setM((s) => loadedSizer()?.fillNext(s) ?? s), {
      timeout: 200,
    });
    return () => cancelIdleCallback(id);
  }, [m]);
  useEffect(() => {
    const view = sectionRef.current?.closest('.cmp-view');
    const fill = (s: Mounting<T>, match?: (row: Row) => boolean) => {
      const sizer = loadedSizer();
      if (!sizer) return s;
      const at = match ? sizer.chunkHolding(s.source, mode, match) : -1;
      return at < 0 ? sizer.fillNext(s, Infinity) : sizer.fillNext(s, undefined, s.source[at]?.key);
    };
    // Paper (and "Download as HTML", which dispatches `beforeprint`) shows the whole text.
    const print = () => flushSync(() => setM((s) => ({ ...fill(s), all: true })));
    const printed = () => setM((s) => ({ ...s, all: false }));
    const jump = (event: Event) => {
      if (!waiting.current) return;
      event.preventDefault();
      flushSync(() => setM((s) => fill(s, (event as CustomEvent<(row: Row) => boolean>).detail)));
    };
    window.addEventListener('beforeprint', print);
    window.addEventListener('afterprint', printed);
    view?.addEventListener(MOUNT, jump);
    return () => {
      window.removeEventListener('beforeprint', print);
      window.removeEventListener('afterprint', printed);
      view?.removeEventListener(MOUNT, jump);
    };
  }, [sectionRef, mode]);
  return now.shown;
}

/**
 * Renders at once, in `view` (a `.cmp-view`), the chunk holding the row `match` accepts and the
 * waiting chunk nearest it. False when no chunk of the view was waiting: nothing was rendered.
 */
export const mountNow = (view: Element, match: (row: Row) => boolean): boolean =>
  !view.dispatchEvent(new CustomEvent(MOUNT, { detail: match, cancelable: true }));
