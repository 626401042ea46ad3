/**
 * Vite plugin: compiles content/ at build time into `virtual:stackwise/catalog`, a module of plain
 * data and sanitized HTML. A content error fails the build and shows in the dev-server overlay,
 * naming `content/<path>.md:<line>:<col>`. Editing content reloads the running dev server.
 */
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { loadCatalog } from './load.ts';
import { formatError } from './parse.ts';

export const CATALOG_MODULE = 'virtual:stackwise/catalog';
const RESOLVED = '\0' + CATALOG_MODULE;

export class ContentError extends Error {
  constructor(messages: string[]) {
    super(
      `Stackwise content has ${messages.length} error${messages.length === 1 ? '' : 's'}:\n` +
        messages.map((m) => `  ${m}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

export function stackwiseContent(options: { root?: string } = {}): Plugin {
  let root = options.root ?? process.cwd();
  return {
    name: 'stackwise-content',
    configResolved(config) {
      root = options.root ?? config.root;
    },
    resolveId(id) {
      return id === CATALOG_MODULE ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const result = loadCatalog(root);
      if (!result.catalog) throw new ContentError(result.errors.map(formatError));
      // JSON.parse of a string literal is faster to start than an object literal of this size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.catalog))});`;
    },
    configureServer(server) {
      const contentDir = resolve(root, 'content') + sep;
      server.watcher.add(contentDir);
      const onChange = (file: string) => {
        if (!file.startsWith(contentDir) || !file.endsWith('.md')) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
