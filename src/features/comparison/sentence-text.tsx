import { memo } from 'react';
import type { Segment } from './compare-model.ts';

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
