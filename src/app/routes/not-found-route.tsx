import { Link } from 'react-router';
import { paths } from '../../shared/paths.ts';

export function NotFoundRoute({ what = 'There is no page at this address.' }: { what?: string }) {
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <title>Not found · News Versions</title>
      <h1 id="not-found-title">Page not found</h1>
      <p>{what}</p>
      <p>
        <Link to={paths.home.to()}>Go to the list of stories</Link>
      </p>
    </section>
  );
}
