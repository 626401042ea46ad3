/**
 * Starts the app in the page (main.tsx loads this once the first paint is on screen). Hydrates
 * the prerendered start page in place, or renders from scratch with the screen's code loaded
 * first, so a deep link paints its screen at once rather than a fallback that then shifts.
 */
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { App } from './app.tsx';
import { START_HASH, type BootView } from './boot.ts';
import { preloadScreenFor } from './routes.tsx';

const options: RootOptions = {
  // The error boundary already shows what happened; keep the report for whoever debugs.
  onCaughtError: (error, info) =>
    console.warn('Stackwise screen failed:', error, info.componentStack),
  // Hydration yields to the browser, so a link followed in that moment can move the page off the
  // start page it hydrates. React then renders the new screen from scratch, which is right:
  // only a mismatch on the start page itself is a bug worth an error.
  onRecoverableError: (error) => {
    if (START_HASH.test(window.location.hash)) console.error('Stackwise hydration failed:', error);
    else console.warn('Stackwise left the start page while starting; rendered afresh.', error);
  },
};

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

export async function mount(container: HTMLElement, view: BootView): Promise<void> {
  // As transitions, the first render and hydration yield to the browser every few milliseconds
  // instead of blocking it in one long task, so a tap during start-up is handled promptly.
  if (view === 'hydrate') {
    startTransition(() => {
      hydrateRoot(container, app, options);
    });
    return;
  }
  await preloadScreenFor(window.location.hash);
  container.replaceChildren();
  container.removeAttribute('data-prerendered');
  const root = createRoot(container, options);
  startTransition(() => root.render(app));
}
