/**
 * The Vite plugin that prerenders the start page into dist/index.html (src/prerender.tsx).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';

/**
 * Prerender the start page into dist/index.html (src/prerender.tsx): bundle it for Node with this
 * same config, render it with React's static renderer, and put the HTML inside #root.
 */
export function prerenderStartPage(): Plugin {
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
