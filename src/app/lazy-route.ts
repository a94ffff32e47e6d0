import { createElement, lazy, type ComponentType } from 'react';

/**
 * A route component in its own chunk. `preload()` fetches it ahead (main.tsx does so for the
 * first page); once loaded it renders at once, without the Suspense fallback that `React.lazy`
 * would show for a tick even when the chunk is already there.
 */
export function lazyRoute<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null; // a failed fetch may be retried on the next visit
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function LazyRoute(props: P) {
    return createElement(loaded ?? Lazy, props);
  }
  return { Component: LazyRoute, preload };
}
