import { useParams } from 'react-router';
import { CommentSection } from '../../features/comments/comment-section.tsx';
import { ArticlePage } from '../../features/reading/article-page.tsx';
import { useArticle, useArticleSummary, useStory } from '../../store/content-store.ts';
import { RouteErrorBoundary } from '../route-error-boundary.tsx';
import { notFound } from './not-found.ts';

export function ArticleRoute() {
  const { articleId = '' } = useParams();
  const summary = useArticleSummary(articleId);
  const article = useArticle(articleId); // suspends until the body and comments have loaded
  const story = useStory(summary?.story ?? '');
  if (!article) return <notFound.Component missing={{ article: articleId }} />;
  const others = story?.versions.filter((v) => v.id !== article.id) ?? [];
  return (
    <div className="article-page">
      <RouteErrorBoundary what="this article" resetKey={article.id}>
        <ArticlePage article={article} others={others} />
      </RouteErrorBoundary>
      <RouteErrorBoundary what="the comments" resetKey={article.id}>
        <CommentSection article={article} />
      </RouteErrorBoundary>
    </div>
  );
}
