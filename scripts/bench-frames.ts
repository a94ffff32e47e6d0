/// <reference lib="dom" />
/**
 * How the browser benches see a frame: the time between animation frames, the long tasks and the
 * long animation frames, logged in the page and taken after each step; and a wait until the page
 * has settled, so a step's tail lands in its own figures. The comparison view's bench and the
 * browser's floor beside it (`bench-floor.ts`) measure with the same code, so their figures
 * compare.
 */
import type { Page } from 'playwright-core';

/** The budget a frame must stay within, for every interaction in every run (issue 15). */
export const FRAME_BUDGET = 35;

export interface Frames {
  /** Long tasks (over 50 ms), in ms. */
  tasks: number[];
  /** Long animation frames (over 50 ms): length and blocking time, in ms. */
  frames: [number, number][];
  /** The longest frame (time between animation frames) and how many went over the budget. */
  worstFrame: number;
  over: number;
}

/**
 * Waits until the page is idle after a step, so its tail (work sliced over frames, a transition,
 * an idle callback) lands in its own figure and not in the next step's: at least 300 ms, then
 * until the browser has run an idle callback and drawn 12 frames in a row of under 25 ms each
 * (at most 10 s). A flat wait of 600 ms let slower steps run on into the next one.
 */
export function settled(page: Page): Promise<unknown> {
  return page.evaluate(`new Promise((resolve) => {
    const start = performance.now();
    let quiet = 0;
    let last = start;
    const frame = (now) => {
      quiet = now - last < 25 ? quiet + 1 : 0;
      last = now;
      if (now - start > 10000) return resolve();
      if (now - start >= 300 && quiet >= 12)
        return requestIdleCallback(() => {
          const at = performance.now();
          requestAnimationFrame((t) => (t - at < 25 ? resolve() : (last = t, quiet = 0, requestAnimationFrame(frame))));
        }, { timeout: 3000 });
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })`);
}

/**
 * Starts the log: every frame's length, as the time between animation frames (long animation
 * frames are only reported from 50 ms, and the budget is 35), the long tasks and the long
 * animation frames. (A string: a named function in an evaluated callback does not survive the
 * TypeScript loader's transform.)
 */
export function startFrameLog(page: Page): Promise<unknown> {
  return page.evaluate(`(() => {
    window.longTasks = [];
    window.longFrames = [];
    window.gaps = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.longFrames.push([Math.round(entry.duration), Math.round(entry.blockingDuration)]);
    }).observe({ type: 'long-animation-frame' });
    let last = performance.now();
    const tick = (now) => { window.gaps.push(now - last); last = now; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
}

/** What the log holds since it was last taken, and empties it. */
export function takeFrames(page: Page): Promise<Frames> {
  return page.evaluate((budget) => {
    const w = window as unknown as {
      longTasks: number[];
      longFrames: [number, number][];
      gaps: number[];
    };
    const gaps = w.gaps.splice(0);
    return {
      tasks: w.longTasks.splice(0),
      frames: w.longFrames.splice(0),
      worstFrame: Math.round(Math.max(0, ...gaps)),
      over: gaps.filter((g) => g > budget).length,
    };
  }, FRAME_BUDGET);
}
