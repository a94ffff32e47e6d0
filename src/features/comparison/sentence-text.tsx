import { memo } from 'react';
import type { Segment } from './compare-model.ts';
import { markSharedOnce } from './rewrite.ts';

/** A run of text with removed words as `<del>` and added words as `<ins>`, each announced. */
export const SegmentsText = memo(function SegmentsText({
  segments,
}: {
  segments: readonly Segment[];
}) {
  return (
    <>
      {segments.map((segment, i) => {
        if (segment.op === 'equal') return segment.text;
        const Tag = segment.op === 'delete' ? 'del' : 'ins';
        return (
          <Tag key={i}>
            <span className="visually-hidden">
              {segment.op === 'delete' ? ' [removed: ' : ' [added: '}
            </span>
            {segment.text}
            <span className="visually-hidden">] </span>
          </Tag>
        );
      })}
    </>
  );
});

/**
 * A rewritten sentence whole, with only the names and numbers it shares with `other` marked.
 * `owner` (the row) keys the remembered marks (`markSharedOnce`).
 */
export function SharedText({ owner, text, other }: { owner: object; text: string; other: string }) {
  return (
    <>
      {markSharedOnce(owner, text, other).map((run, i) =>
        run.shared ? (
          <mark key={i} className="cmp-shared">
            {run.text}
          </mark>
        ) : (
          run.text
        ),
      )}
    </>
  );
}

/** The plain text of a sentence's segments. */
export const plainText = (segments: readonly Segment[]) => segments.map((s) => s.text).join('');
