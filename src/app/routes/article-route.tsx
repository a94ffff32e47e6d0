import { useParams } from 'react-router';
import { ArticlePage } from '../../features/reading/article-page.tsx';
import { useArticle } from '../../store/content-store.ts';
import { NotFoundRoute } from './not-found-route.tsx';

export function ArticleRoute() {
  const { articleId = '' } = useParams();
  const article = useArticle(articleId);
  if (!article) return <NotFoundRoute what={`No article has the id “${articleId}”.`} />;
  return <ArticlePage article={article} />;
}
