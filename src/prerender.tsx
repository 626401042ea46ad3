/**
 * Build-time only: renders the start page to HTML with React's static renderer. The build
 * (scripts/vite/prerender.ts, `prerenderStartPage`) bundles this module for Node, calls `prerenderStartPage`
 * and writes the result into dist/index.html, which main.tsx then hydrates (see app/boot.ts).
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createPath, Router, type Navigator } from 'react-router';
import { AppContent } from './app/app.tsx';

function unavailable(): never {
  throw new Error('The prerendered start page cannot navigate.');
}

/** Links as the browser's HashRouter writes them (`#/catalog`), so hydration keeps them. */
const hashNavigator: Navigator = {
  createHref: (to) => `#${typeof to === 'string' ? to : createPath(to)}`,
  push: unavailable,
  replace: unavailable,
  go: unavailable,
};

export async function prerenderStartPage(): Promise<string> {
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <Router location="/" navigator={hashNavigator} static>
        <AppContent />
      </Router>
    </StrictMode>,
    { onError: (error) => void errors.push(error) },
  );
  if (errors.length > 0)
    throw new Error('Prerendering the start page failed.', { cause: errors[0] });
  return new Response(prelude).text();
}
