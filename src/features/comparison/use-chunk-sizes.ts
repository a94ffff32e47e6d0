/**
 * Gives each chunk of a long comparison an estimate of its own height (`contain-intrinsic-size`),
 * so the page is about as tall as it will be and a jump lands among the chunks it needs. The
 * estimate is set through the CSSOM after render, never as a style attribute: the page is
 * prerendered and its Content Security Policy refuses inline style attributes.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Chunk } from './compare-rows.ts';
import { calibration, estimateHeight, type TextBlock, type TextMetrics } from './chunk-size.ts';

/** Average character width in em of the body font, before calibration corrects it. */
const CHAR_EM = 0.5;
/** Matches the phone layout in compare.css (rows stack below 40rem). */
const STACKED = '(max-width: 40rem)';

interface Applied {
  /** The estimate before calibration, and the value written. */
  raw: number;
  written: number;
}

/**
 * What a view learnt about the page, per mode, window width and font size: the section's width
 * and the calibration. A view mounted again (a switch of mode, and back) reads its width here:
 * measuring it would force a layout of the text just rendered, which the estimates written next
 * make the browser lay out a second time (a forced layout of 48 ms at 4x on a mode switch).
 * Private to this hook; nothing else reads or writes it.
 */
const remembered = new Map<string, { width: number; ratio: number }>();

function measure(
  section: HTMLElement,
  mode: 'side' | 'inline',
  stacked: boolean,
): { metrics: TextMetrics; key: string } {
  // Computed style needs no layout, only style.
  const style = getComputedStyle(section);
  const fontPx = parseFloat(style.fontSize) || 16;
  const linePx = parseFloat(style.lineHeight) || fontPx * 1.6;
  const key = `${mode}|${window.innerWidth}|${fontPx}`;
  let known = remembered.get(key);
  if (!known) {
    known = { width: section.clientWidth, ratio: 1 };
    remembered.set(key, known);
  }
  // Side by side: two columns with a 1.5rem gap, each cell with a bar and 0.75rem of padding.
  const column = mode === 'inline' || stacked ? known.width - 16 : (known.width - 24) / 2 - 16;
  return {
    key,
    metrics: {
      charsPerLine: Math.max(10, column / (fontPx * CHAR_EM)),
      linePx,
      blockPx: linePx * 1.6,
      paragraphGapPx: fontPx * 0.9,
    },
  };
}

/**
 * `toBlock` must be a stable function (module level); `chunks` change only when the items do.
 * Chunks are found by their `data-chunk` attribute under `sectionRef`.
 */
export function useChunkSizes<T extends object>(
  sectionRef: RefObject<HTMLElement | null>,
  chunks: readonly Chunk<T>[],
  toBlock: (item: T, stacked: boolean) => TextBlock,
  mode: 'side' | 'inline',
): void {
  const [width, setWidth] = useState(0);
  // The key of what was measured last (see `remembered`), for the correction.
  const measured = useRef('');
  const applied = useRef(new WeakMap<HTMLElement, Applied>());
  // Blocks count characters, which stay the same as long as the rows do and the rows stack or
  // not (phones): cached by item.
  const blocks = useRef({ stacked: false, map: new WeakMap<T, TextBlock>() });

  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useLayoutEffect(() => {
    const section = sectionRef.current;
    if (!section?.closest('.cmp-long')) return;
    const stacked = window.matchMedia(STACKED).matches;
    const { metrics, key } = measure(section, mode, stacked);
    measured.current = key;
    const ratio = remembered.get(key)?.ratio ?? 1;
    if (blocks.current.stacked !== stacked) blocks.current = { stacked, map: new WeakMap() };
    const cache = blocks.current.map;
    const byKey = new Map(chunks.map((c) => [c.key, c]));
    for (const el of section.querySelectorAll<HTMLElement>('[data-chunk]')) {
      const chunk = byKey.get(el.dataset['chunk'] ?? '');
      if (!chunk) continue;
      const list = chunk.items.map((item) => {
        let block = cache.get(item);
        if (!block) {
          block = toBlock(item, stacked);
          cache.set(item, block);
        }
        return block;
      });
      const raw = estimateHeight(list, metrics);
      const written = Math.round(raw * ratio);
      if (applied.current.get(el)?.written !== written)
        el.style.containIntrinsicSize = `auto ${written}px`;
      applied.current.set(el, { raw, written });
    }
  }, [sectionRef, chunks, toBlock, mode, width]);

  // Once the browser has laid out the chunks on screen, their real heights say how far off the
  // model is (the font's character width above all); the estimates are corrected once, in
  // place.
  useEffect(() => {
    const section = sectionRef.current;
    if (!section?.closest('.cmp-long') || typeof requestIdleCallback !== 'function') return;
    const id = requestIdleCallback(
      () => {
        const samples: [number, number][] = [];
        for (const el of section.querySelectorAll<HTMLElement>('[data-chunk]')) {
          const known = applied.current.get(el);
          if (!known) continue;
          const real = el.getBoundingClientRect().height;
          // A chunk still skipped is exactly as tall as its estimate: nothing to learn from it.
          if (Math.abs(real - known.written) > 1) samples.push([known.raw, real]);
        }
        if (samples.length === 0) return;
        const next = calibration(samples);
        const known = remembered.get(measured.current);
        if (!known || Math.abs(next - known.ratio) / known.ratio < 0.05) return;
        known.ratio = next;
        // Written straight to the chunks: a React render for it would re-check every row.
        for (const el of section.querySelectorAll<HTMLElement>('[data-chunk]')) {
          const raw = applied.current.get(el)?.raw;
          if (raw === undefined) continue;
          const written = Math.round(raw * next);
          el.style.containIntrinsicSize = `auto ${written}px`;
          applied.current.set(el, { raw, written });
        }
      },
      { timeout: 2000 },
    );
    return () => cancelIdleCallback(id);
  }, [sectionRef, mode, width]);
}
