import type { ReactElement } from 'react';

/**
 * Paragraphs per group, and groups per chunk. In a long comparison the browser skips the text
 * out of view (`content-visibility: auto`, see compare.css) by groups of paragraphs, not
 * paragraph by paragraph: tracking thousands of paragraphs cost Chromium 30-90 ms a frame.
 * Groups are small (4 paragraphs, about a screen of a column), because whatever group is near
 * the view is laid out and painted whole: with groups of 16, a jump to a far sentence laid out
 * about 48 paragraphs (9,000 px) per column; with 4, 12 to 20. The groups sit inside chunks of 4
 * groups, skipped the same way, so the browser only tracks the groups of the few chunks near the
 * view: 600 groups side by side cost 8-16 ms a frame in visibility checks at 4x CPU slowdown,
 * nested 1-3 ms.
 */
const GROUP = 4;
const CHUNK = 4 * GROUP;

const starts = (count: number, size: number, from = 0) =>
  Array.from({ length: Math.ceil((count - from) / size) }, (_, i) => from + i * size);

/** `paragraphs` (keyed elements, in reading order) in chunks of groups. */
export function ParagraphGroups({ paragraphs }: { paragraphs: readonly ReactElement[] }) {
  return starts(paragraphs.length, CHUNK).map((chunk) => (
    <div key={chunk} className="cmp-chunk">
      {starts(Math.min(chunk + CHUNK, paragraphs.length), GROUP, chunk).map((group) => (
        <div key={group} className="cmp-group">
          {paragraphs.slice(group, group + GROUP)}
        </div>
      ))}
    </div>
  ));
}
