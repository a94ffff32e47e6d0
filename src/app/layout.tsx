import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Link } from '../shared/link.tsx';
import { SearchBox } from '../features/search/search-box.tsx';
import { SettingsMenu } from '../features/settings/settings-menu.tsx';
import { useApplySettings } from '../features/settings/use-apply-settings.ts';
import { paths } from '../shared/paths.ts';
import { RouteErrorBoundary } from './route-error-boundary.tsx';
import { useScrollToHash } from './use-scroll-to-hash.ts';

export function Layout() {
  useApplySettings();
  useScrollToHash();
  const { pathname } = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to={paths.home.to()} className="site-name">
          News Versions
        </Link>
        <SearchBox />
        <nav aria-label="Site" className="site-nav screen-only">
          <Link to={paths.home.to()}>Stories</Link>
          <SettingsMenu />
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <RouteErrorBoundary what="this page" resetKey={pathname}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>News Versions: read a story and see how its versions differ.</p>
      </footer>
    </>
  );
}

/** While a page's code or data arrives (usually already there: main.tsx loads it first). */
function Loading() {
  return (
    <p className="loading" role="status">
      Loading…
    </p>
  );
}
