/**
 * The site build's heap growth (issue 16: peak memory that does not grow with the archive beyond
 * the list index). V8 lets a heap grow to up to four times what was live after its last full
 * collection before it collects again; the build allocates hundreds of megabytes while it writes
 * data files and pages, so its peak followed the live heap times four: at 2,000 and 8,000 stories
 * the main thread's live heap grew 5.7 KB a story and the peak RSS 20.7–22.5 KB a story. At one
 * and a half times, the peak fell by 80–160 MB and grew 7.5–15.4 KB a story, for CPU within the
 * spread of the runs (docs/archive.md, round eight).
 */
import { setFlagsFromString } from 'node:v8';

/** How much a heap may grow over its live part before V8 collects it again, in percent. */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Sets V8's heap growing factor for this process (its worker threads too) from now on. A V8 flag
 * that Node does not accept in NODE_OPTIONS, and which the heap reads at each full collection.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
