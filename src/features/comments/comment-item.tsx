import { useState } from 'react';
import type { ArticleComment } from '../../domain/article-schema.ts';
import { commentAnchor } from '../../shared/paths.ts';
import type { Vote } from '../../store/reader-settings.ts';
import { useReaderStore, useVote } from '../../store/reader-store.ts';
import { scoreLabel, scoreNumber, scoreText } from './score.ts';

/**
 * Comments that other readers scored at or below this start collapsed to a one-line summary.
 * The reader's own vote does not count here: voting a comment down never hides it mid-read.
 */
const COLLAPSE_AT_SCORE = -1;

/**
 * One comment: its paragraphs as plain text (markup in a comment is only ever characters), its
 * score in the site's form `0 ( +2 / -2 )` with the reader's own vote counted between two icon
 * vote buttons, and a permalink.
 */
export function CommentItem({
  articleId,
  number,
  comment,
  targeted,
}: {
  articleId: string;
  number: number;
  comment: ArticleComment;
  targeted: boolean;
}) {
  const own = useVote(articleId, number);
  const up = comment.up + (own === 1 ? 1 : 0);
  const down = comment.down + (own === -1 ? 1 : 0);
  const [expanded, setExpanded] = useState(false);
  const hideable = comment.up - comment.down <= COLLAPSE_AT_SCORE;
  const collapsed = hideable && !expanded && !targeted;
  const anchor = commentAnchor(number);
  const score = (
    <span className="comment-score">
      <span className="score-text" aria-hidden="true">
        {scoreText(up, down)}
      </span>
      <span className="visually-hidden">{scoreLabel(up, down)}</span>
    </span>
  );

  return (
    <li
      className={`comment${targeted ? ' is-target' : ''}`}
      id={anchor}
      aria-labelledby={`${anchor}-label`}
      tabIndex={-1}
    >
      <header className="comment-head">
        <h3 className="comment-label" id={`${anchor}-label`}>
          Comment {number}
        </h3>
        <a
          href={`#${anchor}`}
          className="comment-permalink"
          aria-label={`Link to comment ${number}`}
          aria-current={targeted ? 'location' : undefined}
        >
          #
        </a>
        {collapsed ? (
          score
        ) : (
          <div className="comment-vote" role="group" aria-label={`Vote on comment ${number}`}>
            <VoteButton articleId={articleId} number={number} direction={1} own={own} />
            {score}
            <VoteButton articleId={articleId} number={number} direction={-1} own={own} />
          </div>
        )}
      </header>
      {collapsed ? (
        <p className="comment-collapsed">
          Hidden: score {scoreNumber(up - down)}.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => setExpanded(true)}
            aria-label={`Show comment ${number}`}
          >
            Show
          </button>
        </p>
      ) : (
        <div className="comment-body">
          {comment.paragraphs.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
          {hideable && expanded && !targeted && (
            <button type="button" className="link-button" onClick={() => setExpanded(false)}>
              Hide
            </button>
          )}
        </div>
      )}
    </li>
  );
}

/** An up or down arrow; pressed when it is the reader's vote, pressing it again withdraws it. */
function VoteButton({
  articleId,
  number,
  direction,
  own,
}: {
  articleId: string;
  number: number;
  direction: Vote;
  own: Vote | undefined;
}) {
  const vote = useReaderStore((s) => s.vote);
  const name = direction === 1 ? 'up' : 'down';
  return (
    <button
      type="button"
      className={`vote-button vote-${name}`}
      aria-pressed={own === direction}
      aria-label={`Vote ${name} comment ${number}`}
      title={`Vote ${name}`}
      onClick={() => vote(articleId, number, direction)}
    >
      <span aria-hidden="true">{direction === 1 ? '▲' : '▼'}</span>
    </button>
  );
}
