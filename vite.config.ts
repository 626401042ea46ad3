/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { stackwiseContent } from './src/content/vite-plugin.ts';
import { BOOT_SCRIPT } from './src/app/boot-script.ts';
import { embedLoader } from './scripts/vite/embed-loader.ts';

/** The boot script is the page's only inline code; the policy allows it by its hash alone. */
const BOOT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}'`;

/**
 * The policy the built app runs under. A meta tag cannot carry `frame-ancestors`; hosts send that
 * as a header (see README, "Deploying").
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${BOOT_SCRIPT_HASH}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The head of every page: the policy (in the build) and the inline boot script
 * (src/app/boot-script.ts), right after the charset declaration, which must stay within the first
 * 1024 bytes. The script comes before the stylesheet link, so it never waits for the stylesheet.
 */
function pageHead(): Plugin {
  let command: ResolvedConfig['command'];
  return {
    name: 'stackwise-page-head',
    configResolved(config) {
      command = config.command;
    },
    // The policy as one line, for hosts that send it as a header (README, "Headers to send").
    generateBundle() {
      if (this.environment.config.build.ssr) return;
      this.emitFile({
        type: 'asset',
        fileName: 'content-security-policy.txt',
        source: `${CONTENT_SECURITY_POLICY}\n`,
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = '<meta charset="UTF-8" />';
        if (!html.includes(charset))
          throw new Error(`index.html must start its head with ${charset}`);
        const policy =
          command === 'build'
            ? `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;')}" />`
            : '';
        return (
          html
            .replace(charset, `${charset}\n    ${policy}\n    <script>${BOOT_SCRIPT}</script>`)
            // The entry script is not needed for the prerendered page's first paint: let the
            // stylesheet, which is, have the bandwidth first.
            .replace(
              '<script type="module" crossorigin',
              '<script type="module" fetchpriority="low" crossorigin',
            )
        );
      },
    },
  };
}

/**
 * Prerender the start page into dist/index.html (src/prerender.tsx): bundle it for Node with this
 * same config, render it with React's static renderer, and put the HTML inside #root.
 */
function prerenderStartPage(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'stackwise-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        if (config.build.ssr) return;
        // Inside node_modules so the bundle's imports of react and friends resolve from there.
        const outDir = join(config.root, 'node_modules/.stackwise-prerender');
        await build({
          configFile: config.configFile ?? false,
          mode: config.mode,
          logLevel: 'warn',
          publicDir: false,
          build: {
            ssr: 'src/prerender.tsx',
            outDir,
            emptyOutDir: true,
            minify: false,
            reportCompressedSize: false,
          },
        });
        const entry = pathToFileURL(join(outDir, 'prerender.js')).href;
        const { prerenderStartPage } = (await import(`${entry}?t=${Date.now()}`)) as {
          prerenderStartPage: () => Promise<string>;
        };
        const html = await prerenderStartPage();
        rmSync(outDir, { recursive: true, force: true });
        const file = resolve(config.root, config.build.outDir, 'index.html');
        const page = readFileSync(file, 'utf8');
        const empty = '<div id="root"></div>';
        if (!page.includes(empty))
          throw new Error(`${file} has no empty ${empty} to prerender into.`);
        writeFileSync(file, page.replace(empty, `<div id="root" data-prerendered>${html}</div>`));
      },
    },
  };
}

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
