import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { applyTheme, readTheme } from './lib/theme.ts';
import './styles.css';

applyTheme(readTheme());

createRoot(document.getElementById('root')!, {
  // The error boundary already shows what happened; keep the report for whoever debugs.
  onCaughtError: (error, info) =>
    console.warn('Stackwise screen failed:', error, info.componentStack),
}).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
