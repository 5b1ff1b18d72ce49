import { configure } from '@chikaya/widgets';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

// The platform: the page's own origin under `pnpm start` (the sandbox serves this app), else the
// address given at build time, e.g. `VITE_CHIKAYA_API=https://api.chikaya.ma pnpm build`.
const api = import.meta.env.VITE_CHIKAYA_API || location.origin;

// Once, before the first element connects: every Chikaya element of the page reads it.
configure({
  api,
  // One language for every element of the page; the page's own text is in English too (<html lang>).
  locale: 'en',
  // Where the full badge's link goes (`?agency=…&year=…` is added): the portal's annual report page.
  reportUrl: new URL('/examples/portal/rapport.html', api).href,
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
