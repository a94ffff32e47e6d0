import { ArticleBody } from './article-body.tsx';
import type { Article } from '../../domain/article.ts';

/** One version of a story: its headline (or label where it has none) and its body. */
export function ArticlePage({ article }: { article: Article }) {
  return (
    <article className="article">
      <title>{`${article.headline ?? article.label} · News Versions`}</title>
      <header>
        <h1>{article.headline ?? article.label}</h1>
        {!article.headline && <p className="absent">This version has no headline; shown by its label.</p>}
      </header>
      <div className="article-body">
        <ArticleBody blocks={article.body} />
      </div>
    </article>
  );
}
