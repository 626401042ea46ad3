/**
 * The SSR portal's client bundle (bundled by e2e/embed-portal.spec.ts): hydrates the
 * server-rendered page late, once the async loader has done its work, as Docusaurus does after
 * its route chunks arrive. Every hydration problem React reports is recorded and logged as an
 * error, which fails the test.
 */
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { PortalApp } from './portal-app.ts';

declare global {
  interface Window {
    hydrationErrors: string[];
  }
}

window.hydrationErrors = [];
const container = document.getElementById('portal')!;
const appOrigin = container.dataset.appOrigin!;

function hydrate() {
  // The scenario under test: the loader has already done its work on the server's HTML.
  const element = document.getElementById('stackwise')!;
  document.documentElement.dataset.embeddedBeforeHydration = String(
    !!(element.shadowRoot ?? element).querySelector('iframe'),
  );
  hydrateRoot(container, createElement(PortalApp, { appOrigin }), {
    onRecoverableError: (error) => {
      window.hydrationErrors.push(String(error));
      console.error('Portal hydration failed:', error);
    },
  });
}

// Late: after the loader has embedded (its API is up), plus a moment for "route chunks".
const loaded = () =>
  typeof (window.Stackwise as { embed?: unknown } | undefined)?.embed === 'function';
const wait = () => (loaded() ? setTimeout(hydrate, 300) : setTimeout(wait, 20));
wait();
