import type { ReactNode } from 'react';
import type { SentenceView } from './compare-model.ts';
import type { ShownChunk } from './mount-order.ts';
import { foldLabel, type Fold, type Row } from './compare-rows.ts';
import { plainText, SegmentsText, SharedText } from './sentence-text.tsx';

/** The word a screen reader hears before a sentence: what it is, and its pair. */
export function statusWord(sentence: SentenceView, row: Row, otherLabel: string): string {
  if (sentence.status === 'only') return `Only in this version, not in ${otherLabel}`;
  const number = (sentence.pair ?? 0) + 1;
  const moved = sentence.moved ? ' and moved' : '';
  if (row.unchanged || sentence.status === 'identical') return `Unchanged${moved}, pair ${number}`;
  return `Changed${moved}, pair ${number}`;
}

/**
 * One sentence as a focusable span: its words with the changes of its own side marked (removed
 * words on the left, added on the right), or, for a rewrite, whole with shared names and
 * numbers marked; unchanged (or quietened) text plain.
 */
export function SentenceSpan({
  sentence,
  row,
  counterpart,
  otherLabel,
}: {
  sentence: SentenceView;
  row: Row;
  /** The other side's text of the pair, for marking shared names in a rewrite. */
  counterpart: string;
  otherLabel: string;
}) {
  return (
    <span
      className={`cmp-s cmp-${row.unchanged ? 'identical' : sentence.status}`}
      data-sid={sentence.id}
      data-pair={sentence.pair ?? undefined}
      tabIndex={0}
    >
      <span className="visually-hidden">{statusWord(sentence, row, otherLabel)}: </span>
      {row.unchanged || sentence.status !== 'changed' ? (
        plainText(sentence.segments)
      ) : row.rewrite ? (
        <SharedText owner={row} text={plainText(sentence.segments)} other={counterpart} />
      ) : (
        <SegmentsText segments={sentence.segments} />
      )}
    </span>
  );
}

/**
 * The id of a row's element in one view, e.g. a moved pair's two ends: side by side `row-p4`
 * (the pair) and `row-m4` (the place it left), inline `inline-p4` and `inline-m4`. Each view
 * has its own: both stay mounted, and a link must land in the one shown.
 */
export const rowElementId = (view: 'row' | 'inline', key: string): string => `${view}-${key}`;

/** A link between the two ends of a moved pair: the row it is in and the place it left. */
export function MovedLink({
  row,
  label,
  view = 'row',
}: {
  row: Row;
  label: string;
  view?: 'row' | 'inline';
}) {
  const n = (row.pair ?? 0) + 1;
  const away = row.type === 'moved-away';
  const target = rowElementId(view, away ? `p${n}` : `m${n}`);
  return (
    <a className="cmp-moved-link" href={`#${target}`} data-jump={target}>
      <span aria-hidden="true">↕ </span>
      {away
        ? `Pair ${n} stood here in ${label}: moved, go to it`
        : `moved: see where it stood in ${label}`}
    </a>
  );
}

/** One line for a run of unchanged text; unfolds it in place. */
export function FoldLine({ fold, onOpen }: { fold: Fold; onOpen: (key: string) => void }) {
  return (
    <div className="cmp-fold" data-row={fold.key}>
      <button type="button" aria-expanded="false" onClick={() => onOpen(fold.key)}>
        <span aria-hidden="true">⋯ </span>
        {foldLabel(fold)}
        <span className="cmp-fold-hint"> · show</span>
      </button>
    </div>
  );
}

/**
 * A chunk of rows as both views render it: skipped as a whole off screen; `data-pending` while it
 * waits empty at its estimate, hidden (and no longer found as a chunk) while it waits to go.
 */
export function ChunkBox({ chunk, children }: { chunk: ShownChunk<unknown>; children: ReactNode }) {
  return (
    <div
      className="cmp-chunk"
      data-chunk={chunk.gone ? undefined : chunk.key}
      data-pending={chunk.pending}
      hidden={chunk.gone}
    >
      {children}
    </div>
  );
}
