import { memo, type ReactNode } from 'react';
import type { Comparison } from '../../engine/types.ts';
import type { CompareModel, SentenceView, Side } from './compare-model.ts';
import { ParagraphGroups } from './paragraph-groups.tsx';
import { SegmentsText } from './sentence-text.tsx';

/**
 * One text with the other's changes inline, like tracked changes: removed words struck through,
 * added words underlined, sentences only one version has shown whole as removed or added, in the
 * reading order of the chosen side.
 */
export const InlineView = memo(function InlineView({
  comparison,
  model,
  order,
}: {
  comparison: Comparison;
  model: CompareModel;
  order: Side;
}) {
  const base = model[order];
  const other = model[order === 'left' ? 'right' : 'left'];
  // The other side's one-side-only sentences go after the base sentence that precedes them.
  const insertAfter = new Map<string, SentenceView[]>();
  let anchor: string | null = null;
  const leading: SentenceView[] = [];
  for (const paragraph of other.paragraphs) {
    for (const sentence of paragraph) {
      if (sentence.pair !== null) {
        const pair = comparison.pairs[sentence.pair];
        const ids = pair?.[order] ?? [];
        anchor = ids[ids.length - 1] ?? anchor;
      } else if (anchor === null) {
        leading.push(sentence);
      } else {
        insertAfter.set(anchor, [...(insertAfter.get(anchor) ?? []), sentence]);
      }
    }
  }

  const rendered = new Set<number>();
  const renderSentence = (sentence: SentenceView): ReactNode => {
    const extra = (insertAfter.get(sentence.id) ?? []).map(renderOnly);
    if (sentence.pair === null) return [renderOnly(sentence), ...extra];
    if (rendered.has(sentence.pair)) return extra;
    rendered.add(sentence.pair);
    const pair = comparison.pairs[sentence.pair];
    const className = ['cmp-s', `cmp-${sentence.status}`, sentence.moved ? 'cmp-moved' : '']
      .filter(Boolean)
      .join(' ');
    return [
      <span
        key={sentence.id}
        className={className}
        data-pair={sentence.pair}
        data-sid={sentence.id}
        tabIndex={0}
      >
        <span className="cmp-mark" aria-hidden="true">
          {sentence.status === 'identical' ? '=' : '≠'}
          {sentence.pair + 1}
        </span>
        <span className="visually-hidden">
          {sentence.status === 'identical' ? 'Identical' : 'Changed'}
          {sentence.moved ? ' and moved' : ''}, pair {sentence.pair + 1}:{' '}
        </span>
        <SegmentsText segments={pair?.diff ?? sentence.segments} />{' '}
      </span>,
      ...extra,
    ];
  };

  return (
    <section
      className="cmp-inline"
      aria-label={`Changes inline, in the order of ${base.label ?? order}`}
    >
      <div
        className="cmp-scroll cmp-inline-text"
        data-scroll="inline"
        tabIndex={0}
        aria-label="Text with changes inline"
      >
        <ParagraphGroups
          paragraphs={[
            ...(leading.length > 0
              ? [
                  <p key="leading" className="cmp-para">
                    {leading.map(renderOnly)}
                  </p>,
                ]
              : []),
            ...base.paragraphs.map((sentences, index) => (
              <p key={index} className="cmp-para">
                <span className="cmp-para-no" aria-hidden="true">
                  ¶{index + 1}
                </span>
                {sentences.map(renderSentence)}
              </p>
            )),
          ]}
        />
      </div>
    </section>
  );
});

function renderOnly(sentence: SentenceView): ReactNode {
  const Tag = sentence.side === 'left' ? 'del' : 'ins';
  return (
    <span key={sentence.id} className="cmp-s cmp-only" data-sid={sentence.id} tabIndex={0}>
      <span className="cmp-mark" aria-hidden="true">
        {sentence.side === 'left' ? '−' : '+'}
      </span>
      <Tag>
        <span className="visually-hidden">
          {sentence.side === 'left' ? 'Only in the left version: ' : 'Only in the right version: '}
        </span>
        {sentence.segments.map((s) => s.text).join('')}
      </Tag>{' '}
    </span>
  );
}
