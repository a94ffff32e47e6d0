import { useState } from 'react';
import type { ArticleComment } from '../../domain/article-schema.ts';
import { commentAnchor } from '../../shared/paths.ts';
import { useReaderStore, useVote } from '../../store/reader-store.ts';

/**
 * Comments that other readers scored at or below this start collapsed to a one-line summary.
 * The reader's own vote does not count here: voting a comment down never hides it mid-read.
 */
export const COLLAPSE_AT_SCORE = -1;

const signed = (n: number) => (n < 0 ? `−${-n}` : String(n));

/**
 * One comment: its paragraphs as plain text (markup in a comment is only ever characters), its
 * score in the site's form `0 ( +2 / -2 )` with the reader's own vote counted, vote buttons and a
 * permalink.
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
  const vote = useReaderStore((s) => s.vote);
  const up = comment.up + (own === 1 ? 1 : 0);
  const down = comment.down + (own === -1 ? 1 : 0);
  const score = up - down;
  const [expanded, setExpanded] = useState(false);
  const hideable = comment.up - comment.down <= COLLAPSE_AT_SCORE;
  const collapsed = hideable && !expanded && !targeted;
  const anchor = commentAnchor(number);
  const scoreText = `${score} ( +${up} / -${down} )`;

  return (
    <li
      className={`comment${targeted ? ' is-target' : ''}`}
      id={anchor}
      aria-labelledby={`${anchor}-label`}
      tabIndex={-1}
    >
      <header className="comment-head">
        <h3 className="comment-label" id={`${anchor}-label`}>
          <a
            href={`#${anchor}`}
            className="comment-permalink"
            aria-current={targeted ? 'location' : undefined}
          >
            Comment {number}
          </a>
        </h3>
        <span
          className="comment-score"
          aria-label={`Score ${signed(score)}: ${up} up, ${down} down`}
        >
          {scoreText}
        </span>
      </header>
      {collapsed ? (
        <p className="comment-collapsed">
          Hidden: score {signed(score)}.{' '}
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
        <>
          <div className="comment-body">
            {comment.paragraphs.map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
          <div className="comment-actions" role="group" aria-label={`Vote on comment ${number}`}>
            <button
              type="button"
              aria-pressed={own === 1}
              aria-label={`Vote up comment ${number}`}
              onClick={() => vote(articleId, number, 1)}
            >
              <span aria-hidden="true">▲</span> Up
            </button>
            <button
              type="button"
              aria-pressed={own === -1}
              aria-label={`Vote down comment ${number}`}
              onClick={() => vote(articleId, number, -1)}
            >
              <span aria-hidden="true">▼</span> Down
            </button>
            {hideable && expanded && !targeted && (
              <button type="button" className="link-button" onClick={() => setExpanded(false)}>
                Hide
              </button>
            )}
          </div>
        </>
      )}
    </li>
  );
}
