/**
 * The app's links: an `<a>` with the address the router resolves and its click handling (new
 * tab, modifier keys and `target` left to the browser), built from react-router's own
 * `useHref` and `useLinkClickHandler`, which it offers for custom links.
 *
 * Why not react-router's `<Link>`: it also carries framework-mode prefetching, route discovery
 * and view transitions, none of which this single-page app uses, and with them about 2 KB gzip
 * of code on every route (docs/performance-history.md). ESLint points imports of `Link` here.
 */
import type { AnchorHTMLAttributes, MouseEvent, Ref } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: To;
  /** Replace the current history entry instead of adding one. */
  replace?: boolean;
  ref?: Ref<HTMLAnchorElement>;
}

export function Link({ to, replace, onClick, target, ref, ...rest }: LinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { replace, target });
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) navigate(event);
  };
  return <a {...rest} ref={ref} href={href} target={target} onClick={click} />;
}
