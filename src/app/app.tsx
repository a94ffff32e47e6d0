import { BrowserRouter, Route, Routes } from 'react-router';
import { paths } from '../shared/paths.ts';
import { Layout } from './layout.tsx';
import { ArticleRoute } from './routes/article-route.tsx';
import { CompareRoute } from './routes/compare-route.tsx';
import { HomeRoute } from './routes/home-route.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path={paths.home.pattern} element={<HomeRoute />} />
        <Route path={paths.article.pattern} element={<ArticleRoute />} />
        <Route path={paths.compare.pattern} element={<CompareRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
