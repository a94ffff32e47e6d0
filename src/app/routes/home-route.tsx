import { useLocation } from 'react-router';
import { listAddress, NEWEST_KEY } from './list-address.ts';
import { ListView } from './list-view.tsx';

/** Home: the newest stories, a page at a time (`/`, `/page/2`…). */
export function HomeRoute() {
  const { pathname } = useLocation();
  return (
    <ListView
      address={listAddress(pathname) ?? { ref: { kind: 'home' }, page: 1, key: NEWEST_KEY }}
    />
  );
}
