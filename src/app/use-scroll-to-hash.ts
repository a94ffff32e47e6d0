import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * A URL with a hash (#p-3, #comment-2) scrolls to that element, on a hard load as on a click, and
 * moves focus there for keyboard and screen-reader users; a new page starts at the top. Hashes
 * that name no element (the comparison's #pair-12) are left to the view that owns them.
 */
export function useScrollToHash(): void {
  const { pathname, hash } = useLocation();
  useEffect(() => {
    if (!hash) {
      window.scrollTo(0, 0);
      return;
    }
    const target = document.getElementById(safeDecode(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    if (target.tabIndex >= 0 || target.hasAttribute('tabindex'))
      target.focus({ preventScroll: true });
  }, [pathname, hash]);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
