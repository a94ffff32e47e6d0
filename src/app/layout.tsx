import { Link, Outlet } from 'react-router';
import { paths } from '../shared/paths.ts';

export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to={paths.home.to()} className="site-name">
          News Versions
        </Link>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>News Versions: read a story and see how its versions differ.</p>
      </footer>
    </>
  );
}
