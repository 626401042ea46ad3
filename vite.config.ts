/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { stackwiseContent } from './src/content/vite-plugin.ts';

/**
 * The policy the built app runs under. A meta tag cannot carry `frame-ancestors`; hosts send that
 * as a header (see README, "Deploying").
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'stackwise-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const LOADER_ENTRY = fileURLToPath(new URL('./src/loader/embed.ts', import.meta.url));

/** Bundle the embed loader on its own: one classic script (an IIFE), no chunks, no imports. */
async function bundleLoader(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      target: 'es2020',
      minify: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: { entry: LOADER_ENTRY, formats: ['iife'], name: 'StackwiseLoader' },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunk = [output]
    .flat()
    .flatMap((o) => o.output)
    .find((o) => o.type === 'chunk');
  if (!chunk) throw new Error('The embed loader produced no code.');
  return chunk.code;
}

/**
 * dist/embed.js, the loader portals include with one script tag (README, "Embedding"). A fixed
 * name, not hashed: it is the public address hosts link to. In development it is served at
 * /embed.js, rebuilt on each request.
 */
function embedLoader(): Plugin {
  return {
    name: 'stackwise-embed-loader',
    async generateBundle() {
      if (this.environment.config.build.ssr) return;
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: await bundleLoader() });
    },
    configureServer(server) {
      server.middlewares.use('/embed.js', (_req, res, next) => {
        bundleLoader().then((code) => {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.end(code);
        }, next);
      });
    },
  };
}

export default defineConfig({
  // Relative base: dist/ works from any sub-path of any static host.
  base: './',
  plugins: [react(), tailwindcss(), stackwiseContent(), contentSecurityPolicy(), embedLoader()],
  build: {
    target: 'es2022',
    // Inline nothing: every asset is a file, so the strict CSP needs no hashes.
    assetsInlineLimit: 0,
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
  },
});
