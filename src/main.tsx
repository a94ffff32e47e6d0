import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, preloadPath } from './app/app.tsx';
import { useReaderStore } from './store/reader-store.ts';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The page's own data and code first (a missing or failing part is left to the route's error
// boundary), so the first render is the page itself rather than a loading line.
await preloadPath(window.location.pathname).catch(() => undefined);

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// Hosts differ on a trailing slash (`/articles/x/`): it is the same page.
const samePath = (a = '', b = '') => a.replace(/(.)\/$/, '$1') === b.replace(/(.)\/$/, '$1');
if (samePath(root.dataset['prerendered'], window.location.pathname) && root.hasChildNodes()) {
  // The build's HTML for this very page: hydrate it. The reader's saved state (votes, sort,
  // settings) is read right after, so hydration sees what the server rendered and the saved
  // state follows in the next render instead of causing a mismatch.
  hydrateRoot(root, app);
  void useReaderStore.persist.rehydrate();
} else {
  // No prerendered HTML, or another page's (a host's fallback): render afresh.
  void useReaderStore.persist.rehydrate();
  root.replaceChildren();
  createRoot(root).render(app);
}
