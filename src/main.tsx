import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadPath } from './app/app.tsx';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The page's own data and code first (a missing or failing part is left to the route's error
// boundary), so the first render is the page itself rather than a loading line.
await preloadPath(window.location.pathname).catch(() => undefined);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
