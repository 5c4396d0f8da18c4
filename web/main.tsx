import './styles.css';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { PrerenderedPage } from './components/Layout';
import { textsReady } from './lib/i18n';

const prerendered = Boolean(document.documentElement.dataset.prerendered);
const app = (
  <StrictMode>
    <BrowserRouter>
      <PrerenderedPage value={prerendered}>
        <App />
      </PrerenderedPage>
    </BrowserRouter>
  </StrictMode>
);

// The first language's base texts come first, so no page ever shows a bare key. A public page arrives
// prerendered (scripts/build/prerender.ts): React takes over its HTML instead of drawing it again.
void textsReady.then(() => {
  const root = document.getElementById('root')!;
  if (prerendered) hydrateRoot(root, app);
  // The first render as a transition: React yields to the browser every few milliseconds instead of
  // blocking it for the whole tree (the app shell is on the screen meanwhile).
  else startTransition(() => createRoot(root).render(app));
});
