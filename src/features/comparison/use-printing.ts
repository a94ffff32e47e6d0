import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Is the page being printed? Paper shows the whole text: nothing folded, nothing to unfold.
 * The render is flushed inside `beforeprint`, so the browser lays out the unfolded text before
 * it prints.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
