import { memo, useMemo, useRef } from 'react';
import type { ArticleSummary } from '../../domain/article.ts';
import type { SentenceView, Side } from './compare-model.ts';
import { ROWS_PER_CHUNK, rowChunks, rowsIn, type Row, type RowItem } from './compare-rows.ts';
import { ChunkBox, FoldLine, MovedLink, rowElementId, SentenceSpan } from './row-parts.tsx';
import { plainText } from './sentence-text.tsx';
import { useLongChunks } from './use-chunk-sizes.ts';
import type { ShownChunk } from './mount-order.ts';
import type { ViewShown } from './view-shown.ts';
import { VersionHead } from './version-head.tsx';

interface RowsViewProps {
  items: readonly RowItem[];
  left: ArticleSummary;
  right: ArticleSummary;
  /** Whether this view is the one shown (both stay mounted); followed without a render. */
  shown: ViewShown;
  onOpenFold: (key: string) => void;
}

/**
 * Side by side in rows: each pair's two halves level in one row, a blank cell beside text only
 * one version has, a moved pair linked to the place it left. Column heads stay on screen while
 * the page scrolls. Memoised: selection and hover never re-render the text, they only toggle
 * classes.
 */
export const RowsView = memo(function RowsView({
  items,
  left,
  right,
  shown,
  onOpenFold,
}: RowsViewProps) {
  const labels = useMemo(() => ({ left: left.label, right: right.label }), [left, right]);
  const chunks = useMemo(() => rowChunks(items, rowsIn, ROWS_PER_CHUNK), [items]);
  const sectionRef = useRef<HTMLElement>(null);
  const mounted = useLongChunks(sectionRef, chunks, 'side', shown);
  return (
    <section
      ref={sectionRef}
      className="cmp-rows"
      aria-label={`${left.label} and ${right.label}, side by side`}
    >
      <div className="cmp-heads" data-sticky="">
        <header className="cmp-head-cell" data-side="left">
          <VersionHead article={left} />
        </header>
        <header className="cmp-head-cell" data-side="right">
          <VersionHead article={right} />
        </header>
      </div>
      {mounted.map((chunk) => (
        <RowsChunk key={chunk.key} chunk={chunk} labels={labels} onOpenFold={onOpenFold} />
      ))}
    </section>
  );
});

/** Memoised: a chunk whose items stay the same is skipped while others fill in. */
const RowsChunk = memo(function RowsChunk({
  chunk,
  labels,
  onOpenFold,
}: {
  chunk: ShownChunk<RowItem>;
  labels: Record<Side, string>;
  onOpenFold: (key: string) => void;
}) {
  return (
    <ChunkBox chunk={chunk}>
      {chunk.items.map((item) =>
        item.type === 'fold' ? (
          <FoldLine key={item.key} fold={item} onOpen={onOpenFold} />
        ) : (
          <RowLine key={item.key} row={item} labels={labels} />
        ),
      )}
    </ChunkBox>
  );
});

/** The row's one mark of meaning, as a class: changed, only in one version, moved, unchanged. */
export function rowClass(row: Row): string {
  if (row.type === 'moved-away') return 'cmp-row cmp-row-away';
  if (row.type === 'only') return 'cmp-row cmp-row-only';
  const moved = row.away !== null ? ' cmp-row-moved' : '';
  return `cmp-row ${row.unchanged ? 'cmp-row-same' : 'cmp-row-changed'}${moved}`;
}

/** Memoised: folding or unfolding elsewhere re-renders only the rows that come or go. */
const RowLine = memo(function RowLine({ row, labels }: { row: Row; labels: Record<Side, string> }) {
  return (
    <div
      className={`${rowClass(row)}${row.paragraphStart ? ' cmp-row-para' : ''}`}
      id={rowElementId('row', row.key)}
      data-row={row.key}
    >
      {(['left', 'right'] as const).map((side) => (
        <Cell key={side} side={side} row={row} labels={labels} />
      ))}
    </div>
  );
});

function Cell({ side, row, labels }: { side: Side; row: Row; labels: Record<Side, string> }) {
  const other: Side = side === 'left' ? 'right' : 'left';
  const sentences: SentenceView[] = row[side];
  if (sentences.length === 0)
    return (
      <div className="cmp-cell cmp-cell-empty" data-side={side} data-label={labels[side]}>
        {row.away === side && <MovedLink row={row} label={labels[side]} />}
      </div>
    );
  // Only a rewrite marks the names it shares with the other side's text.
  const counterpart = row.rewrite ? row[other].map((s) => plainText(s.segments)).join('') : '';
  const first = sentences[0];
  return (
    <div className="cmp-cell" data-side={side} data-label={labels[side]}>
      {first && row.paragraphStart && (
        <span className="cmp-para-no" aria-hidden="true">
          ¶{first.paragraph + 1}
        </span>
      )}
      {sentences.map((sentence) => (
        <SentenceSpan
          key={sentence.id}
          sentence={sentence}
          row={row}
          counterpart={counterpart}
          otherLabel={labels[other]}
        />
      ))}
      {row.away === side && <MovedLink row={row} label={labels[side]} />}
    </div>
  );
}
