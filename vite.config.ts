/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { stackwiseContent } from './src/content/vite-plugin.ts';
import { embedLoader } from './scripts/vite/embed-loader.ts';
import { pageHead } from './scripts/vite/page-head.ts';
import { prerenderStartPage } from './scripts/vite/prerender.ts';

// The build's own plugins live in scripts/vite/ (page head and CSP, embed.js, prerender) and
// src/content/vite-plugin.ts (the catalog).
export default defineConfig({
  // Relative base: dist/ works from any sub-path of any static host.
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    stackwiseContent(),
    pageHead(),
    embedLoader(),
    prerenderStartPage(),
  ],
  build: {
    target: 'es2022',
    // Inline nothing: every asset is a file, so the strict CSP needs no hashes.
    assetsInlineLimit: 0,
    // Every browser Stackwise supports has <link rel="modulepreload">; skip the polyfill.
    modulePreload: { polyfill: false },
  },
  preview: {
    port: 4173,
    strictPort: true,
    // A page in an iframe sandboxed without allow-same-origin has an opaque origin ("null"), so it
    // loads its own module scripts and stylesheet as cross-origin requests: they need CORS.
    cors: true,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./src/test-setup.ts'],
    restoreMocks: true,
    // Property tests run thousands of cases; on a loaded two-core machine they need headroom.
    testTimeout: 30_000,
  },
});
