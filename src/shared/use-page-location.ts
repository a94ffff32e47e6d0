import { useMemo, useSyncExternalStore } from 'react';
import { useLocation, type Location } from 'react-router';

const noSubscription = () => () => undefined;

/**
 * The router's location, except that while React hydrates a prerendered page its query and hash
 * read as empty. The build renders each path once, without a query or a hash, so the first
 * client render must show that same page (`#comment-3` marked, `?mode=inline` applied) only in
 * the render right after hydration; otherwise React reports a mismatch and throws the server's
 * HTML away. Outside hydration (a fresh render, a client-side navigation) it is the location.
 *
 * `useSyncExternalStore` is React's own switch for this: it reads the server snapshot while
 * hydrating and re-renders at once with the client one.
 */
export function usePageLocation(): Location {
  const location = useLocation();
  const hydrating = useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
  return useMemo(
    () => (hydrating ? { ...location, search: '', hash: '' } : location),
    [hydrating, location],
  );
}
