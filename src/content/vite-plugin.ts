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
/** A few facts the start page needs, so that its first load does not carry the whole catalog. */
export const SUMMARY_MODULE = 'virtual:stackwise/summary';
const RESOLVED = '\0' + CATALOG_MODULE;
const RESOLVED_SUMMARY = '\0' + SUMMARY_MODULE;

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
      if (id === CATALOG_MODULE) return RESOLVED;
      if (id === SUMMARY_MODULE) return RESOLVED_SUMMARY;
      return null;
    },
    load(id) {
      if (id !== RESOLVED && id !== RESOLVED_SUMMARY) return null;
      const result = loadCatalog(root);
      if (!result.catalog) throw new ContentError(result.errors.map(formatError));
      if (id === RESOLVED_SUMMARY) {
        const summary = {
          firstQuestion: result.catalog.questions[0]?.id ?? '',
          questionCount: result.catalog.questions.length,
          fingerprint: result.catalog.fingerprint,
          site: result.site,
          // The start page names the languages the catalog covers, from the catalog itself.
          languages: result.catalog.technologies
            .filter((t) => t.category === 'language')
            .map((t) => t.name)
            .sort((a, b) => a.localeCompare(b, 'en')),
        };
        return `export default ${JSON.stringify(summary)};`;
      }
      // JSON.parse of a string literal is faster to start than an object literal of this size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.catalog))});`;
    },
    configureServer(server) {
      const contentDir = resolve(root, 'content') + sep;
      server.watcher.add(contentDir);
      const onChange = (file: string) => {
        if (!file.startsWith(contentDir) || !file.endsWith('.md')) return;
        for (const id of [RESOLVED, RESOLVED_SUMMARY]) {
          const mod = server.moduleGraph.getModuleById(id);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
