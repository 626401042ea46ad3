/**
 * The Vite plugin that builds dist/embed.js, the loader portals include with one script tag
 * (docs/embedding.md). Bundled on its own, not as part of the app: one classic script (an IIFE),
 * no chunks, no imports, at a fixed name (not hashed), because it is the public address hosts
 * link to. In development it is served at /embed.js, rebuilt on each request.
 */
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';

const LOADER_ENTRY = fileURLToPath(new URL('../../src/embed/loader/embed.ts', import.meta.url));

/** Bundle the embed loader on its own: one classic script (an IIFE), no chunks, no imports. */
export async function bundleLoader(): Promise<string> {
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

/** Emits dist/embed.js in the build and serves /embed.js in development. */
export function embedLoader(): Plugin {
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
