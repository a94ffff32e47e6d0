import './comments.css';
import type { LoadedArticle } from '../../domain/article.ts';
import { plural } from '../../shared/format.ts';
import { commentAnchor } from '../../shared/paths.ts';
import { usePageLocation } from '../../shared/use-page-location.ts';
import { COMMENT_SORTS, voteKey, type CommentSort } from '../../store/reader-settings.ts';
import { useCommentSort, useReaderStore } from '../../store/reader-store.ts';
import { CommentItem } from './comment-item.tsx';
import { sortComments } from './sort-comments.ts';

const SORT_LABEL: Record<CommentSort, string> = {
  oldest: 'Oldest',
  top: 'Top',
  controversial: 'Controversial',
  best: 'Best',
};

/** The reader comments of an article, in the order the reader chose (remembered). */
export function CommentSection({ article }: { article: LoadedArticle }) {
  const sort = useCommentSort();
  const setSort = useReaderStore((s) => s.setCommentSort);
  const votes = useReaderStore((s) => s.votes);
  const { hash } = usePageLocation();
  // Orders use the counts the reader sees, own vote included.
  const counts = article.comments.map((c, i) => {
    const own = votes[voteKey(article.id, i + 1)];
    return { up: c.up + (own === 1 ? 1 : 0), down: c.down + (own === -1 ? 1 : 0) };
  });
  const order = sortComments(counts, sort);
  return (
    <section className="comments" id="comments" aria-labelledby="comments-title" tabIndex={-1}>
      <div className="comments-head">
        <h2 id="comments-title">{plural(article.comments.length, 'comment')}</h2>
        {article.comments.length > 1 && (
          <label className="comments-sort">
            Sort by{' '}
            <select value={sort} onChange={(e) => setSort(e.target.value as CommentSort)}>
              {COMMENT_SORTS.map((s) => (
                <option key={s} value={s}>
                  {SORT_LABEL[s]}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {article.comments.length === 0 ? (
        <p className="absent">No reader comments on this version.</p>
      ) : (
        <ol className="comment-list">
          {order.map((index) => (
            <CommentItem
              key={index}
              articleId={article.id}
              number={index + 1}
              comment={article.comments[index] ?? { paragraphs: [], up: 0, down: 0 }}
              targeted={hash === `#${commentAnchor(index + 1)}`}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
