import { memo, type RefObject } from 'react';
import type { ArticleSummary } from '../../domain/article.ts';
import type { SentenceView, Side, SideView } from './compare-model.ts';
import { SegmentsText } from './sentence-text.tsx';
import { statusWords } from './status.ts';
import { VersionHead } from './version-head.tsx';

/**
 * Paragraphs per group, and groups per chunk. In a long comparison the browser skips the text
 * out of view (`content-visibility: auto`) by groups of paragraphs, not paragraph by paragraph:
 * tracking thousands of paragraphs cost Chromium 30-90 ms a frame. Groups are small (4
 * paragraphs, about a screen of a column), because whatever group is near the view is laid out
 * and painted whole: with groups of 16, a jump to a far sentence laid out about 48 paragraphs
 * (9,000 px) per column; with 4, 12 to 20. The groups sit inside chunks of 4 groups, skipped the
 * same way, so the browser only tracks the groups of the few chunks near the view: 600 groups
 * side by side cost 8-16 ms a frame in visibility checks at 4x CPU slowdown, nested 1-3 ms.
 */
const GROUP = 4;
const CHUNK = 4 * GROUP;
const starts = (count: number, size: number, from = 0) =>
  Array.from({ length: Math.ceil((count - from) / size) }, (_, i) => from + i * size);

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
        {starts(view.paragraphs.length, CHUNK).map((chunk) => (
          <div key={chunk} className="cmp-chunk">
            {starts(Math.min(chunk + CHUNK, view.paragraphs.length), GROUP, chunk).map((group) => (
              <div key={group} className="cmp-group">
                {view.paragraphs.slice(group, group + GROUP).map((sentences, offset) => (
                  <p key={group + offset} className="cmp-para" data-paragraph={group + offset}>
                    <span className="cmp-para-no" aria-hidden="true">
                      ¶{group + offset + 1}
                    </span>
                    {sentences.map((sentence) => (
                      <Sentence key={sentence.id} sentence={sentence} other={other} />
                    ))}
                  </p>
                ))}
              </div>
            ))}
          </div>
        ))}
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
