import { memo, useMemo, useRef, type ReactNode } from 'react';
import type { Comparison } from '../../engine/types.ts';
import type { Side } from './compare-model.ts';
import {
  inlineParagraphs,
  ROWS_PER_CHUNK,
  rowChunks,
  rowsIn,
  type Row,
  type RowItem,
} from './compare-rows.ts';
import { ChunkBox, FoldLine, MovedLink, rowElementId, SentenceSpan } from './row-parts.tsx';
import { plainText, SegmentsText, SharedText } from './sentence-text.tsx';
import { useLongChunks } from './use-chunk-sizes.ts';
import type { ShownChunk } from './mount-order.ts';
import type { ViewShown } from './view-shown.ts';

const rowsInParagraph = (paragraph: readonly RowItem[]) =>
  paragraph.reduce((sum, item) => sum + rowsIn(item), 0);

/**
 * One text with the other's changes inline, like tracked changes, in the reading order of the
 * chosen side: removed words struck through, added words tinted, a rewrite as a before/after
 * block, text only one version has whole as removed or added.
 */
export const InlineView = memo(function InlineView({
  items,
  comparison,
  labels,
  order,
  shown,
  onOpenFold,
}: {
  items: readonly RowItem[];
  comparison: Comparison;
  labels: Record<Side, string>;
  order: Side;
  /** Whether this view is the one shown (both stay mounted); followed without a render. */
  shown: ViewShown;
  onOpenFold: (key: string) => void;
}) {
  const chunks = useMemo(
    () => rowChunks(inlineParagraphs(items), rowsInParagraph, ROWS_PER_CHUNK),
    [items],
  );
  const sectionRef = useRef<HTMLElement>(null);
  const mounted = useLongChunks(sectionRef, chunks, 'inline', shown);
  return (
    <section
      ref={sectionRef}
      className="cmp-inline"
      aria-label={`Changes inline, in the order of ${labels[order]}`}
    >
      {mounted.map((chunk) => (
        <InlineChunk
          key={chunk.key}
          chunk={chunk}
          comparison={comparison}
          labels={labels}
          order={order}
          onOpenFold={onOpenFold}
        />
      ))}
    </section>
  );
});

/** Memoised: a chunk whose paragraphs stay the same is skipped while others fill in. */
const InlineChunk = memo(function InlineChunk({
  chunk,
  comparison,
  labels,
  order,
  onOpenFold,
}: {
  chunk: ShownChunk<RowItem[]>;
  comparison: Comparison;
  labels: Record<Side, string>;
  order: Side;
  onOpenFold: (key: string) => void;
}) {
  return (
    <ChunkBox chunk={chunk}>
      {chunk.items.map((paragraph) => {
        const [first] = paragraph;
        if (first?.type === 'fold')
          return <FoldLine key={first.key} fold={first} onOpen={onOpenFold} />;
        return (
          <p key={first?.key} className="cmp-para">
            {paragraph.map((row) =>
              row.type === 'fold' ? null : (
                <InlineRow
                  key={row.key}
                  row={row}
                  comparison={comparison}
                  labels={labels}
                  order={order}
                />
              ),
            )}
          </p>
        );
      })}
    </ChunkBox>
  );
});

/** Memoised like the rows side by side: a fold opening re-renders only what it shows. */
const InlineRow = memo(function InlineRow({
  row,
  comparison,
  labels,
  order,
}: {
  row: Row;
  comparison: Comparison;
  labels: Record<Side, string>;
  order: Side;
}): ReactNode {
  if (row.type === 'moved-away')
    return (
      <span className="cmp-away" id={rowElementId('inline', row.key)}>
        <MovedLink row={row} label={labels[row.away ?? order]} view="inline" />{' '}
      </span>
    );
  if (row.type === 'only') {
    const sentence = row.left[0] ?? row.right[0];
    if (!sentence) return null;
    const Tag = sentence.side === 'left' ? 'del' : 'ins';
    return (
      <span className="cmp-s cmp-only" data-sid={sentence.id} tabIndex={0}>
        <Tag>
          <span className="visually-hidden">{`Only in ${labels[sentence.side]}: `}</span>
          {plainText(sentence.segments)}
        </Tag>{' '}
      </span>
    );
  }
  const pair = comparison.pairs[row.pair ?? -1];
  const [base] = row[order];
  if (!pair || !base) return null;
  // A moved pair's end carries the id its other end's link names; nothing else needs one.
  const id = row.away ? rowElementId('inline', row.key) : undefined;
  if (row.unchanged) {
    const sentences = row[order].map((sentence) => (
      <SentenceSpan key={sentence.id} sentence={sentence} row={row} counterpart="" otherLabel="" />
    ));
    if (!row.away) return sentences;
    return (
      <span id={id}>
        {sentences}
        <MovedLink row={row} label={labels[row.away]} view="inline" />
      </span>
    );
  }
  const text = (side: Side) => row[side].map((s) => plainText(s.segments)).join('');
  const moved = row.away ? ' and moved' : '';
  if (row.rewrite)
    return (
      <span
        id={id}
        className="cmp-s cmp-changed cmp-rewrite"
        data-sid={base.id}
        data-pair={row.pair ?? undefined}
        tabIndex={0}
      >
        <span className="visually-hidden">{`Rewritten${moved}, pair ${(row.pair ?? 0) + 1}: `}</span>
        {(['left', 'right'] as const).map((side) => (
          <span key={side} className="cmp-rewrite-line" data-side={side}>
            <span className="cmp-rewrite-label">
              {side === 'left' ? 'Before' : 'After'} ({labels[side]})
            </span>{' '}
            <SharedText
              owner={row}
              text={text(side)}
              other={text(side === 'left' ? 'right' : 'left')}
            />
          </span>
        ))}
        {row.away && <MovedLink row={row} label={labels[row.away]} view="inline" />}
      </span>
    );
  return (
    <span
      id={id}
      className="cmp-s cmp-changed"
      data-sid={base.id}
      data-pair={row.pair ?? undefined}
      tabIndex={0}
    >
      <span className="visually-hidden">{`Changed${moved}, pair ${(row.pair ?? 0) + 1}: `}</span>
      <SegmentsText segments={pair.diff} />{' '}
      {row.away && <MovedLink row={row} label={labels[row.away]} view="inline" />}
    </span>
  );
});
