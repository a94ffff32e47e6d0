import { memo, type RefObject } from 'react';
import type { ArticleSummary } from '../../domain/article.ts';
import type { SentenceView, Side, SideView } from './compare-model.ts';
import { ParagraphGroups } from './paragraph-groups.tsx';
import { SegmentsText } from './sentence-text.tsx';
import { statusWords } from './status.ts';
import { VersionHead } from './version-head.tsx';

interface SidePaneProps {
  side: Side;
  view: SideView;
  other: SideView;
  article: ArticleSummary;
  scrollRef: RefObject<HTMLDivElement | null>;
  hidden?: boolean;
}

/**
 * One version in its own order. Every sentence carries its status as a class (colour and border
 * pattern), a margin symbol with its pair number, and a visually hidden word for screen readers.
 * Memoised: selection and hover never re-render the text, they only toggle classes.
 */
export const SidePane = memo(function SidePane({
  side,
  view,
  other,
  article,
  scrollRef,
  hidden,
}: SidePaneProps) {
  return (
    <section
      className="cmp-pane"
      data-side={side}
      aria-label={`${view.label ?? side} (${side === 'left' ? 'left' : 'right'} column)`}
      hidden={hidden}
    >
      <header className="cmp-pane-head">
        <VersionHead article={article} />
      </header>
      <div
        className="cmp-scroll"
        ref={scrollRef}
        tabIndex={0}
        aria-label={`Text of ${view.label ?? side}`}
        data-scroll={side}
      >
        <ParagraphGroups
          paragraphs={view.paragraphs.map((sentences, index) => (
            <p key={index} className="cmp-para" data-paragraph={index}>
              <span className="cmp-para-no" aria-hidden="true">
                ¶{index + 1}
              </span>
              {sentences.map((sentence) => (
                <Sentence key={sentence.id} sentence={sentence} other={other} />
              ))}
            </p>
          ))}
        />
      </div>
    </section>
  );
});

function Sentence({ sentence, other }: { sentence: SentenceView; other: SideView }) {
  const { word, symbol } = statusWords(sentence, other.label ?? 'the other version');
  const className = ['cmp-s', `cmp-${sentence.status}`, sentence.moved ? 'cmp-moved' : '']
    .filter(Boolean)
    .join(' ');
  const movedFrom = sentence.moved && sentence.pair !== null ? movedNote(sentence, other) : null;
  return (
    <span
      className={className}
      data-sid={sentence.id}
      data-pair={sentence.pair ?? undefined}
      tabIndex={0}
    >
      <span className="cmp-mark" aria-hidden="true">
        {symbol}
        {sentence.pair !== null ? sentence.pair + 1 : ''}
      </span>
      <span className="visually-hidden">{word}: </span>
      <SegmentsText segments={sentence.segments} />
      {movedFrom && <span className="cmp-moved-note">{movedFrom}</span>}
    </span>
  );
}

/** "moved from ¶3 of AP original": where the counterpart stands in the other version. */
function movedNote(sentence: SentenceView, other: SideView): string | null {
  if (sentence.otherParagraph === null) return null;
  const verb = sentence.side === 'right' ? 'moved from' : 'moved to';
  return `${verb} ¶${sentence.otherParagraph + 1} of ${other.label ?? 'the other version'}`;
}
