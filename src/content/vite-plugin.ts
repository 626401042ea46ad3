/**
 * Vite plugin: compiles content/ at build time into three virtual modules of plain data and
 * sanitized HTML:
 * - `virtual:stackwise/catalog-index`, the scoring index (ids, names, relations, fit scores,
 *   questions, pitfalls) that the wizard and the engine need;
 * - `virtual:stackwise/catalog-prose`, every technology's prose (summary, sections, links, the
 *   why of each fit score), imported only by the screens that show it, so it is its own chunk;
 * - `virtual:stackwise/summary`, the few facts the start page needs.
 * The catalog is compiled once per build (and once per content change in dev), whichever module
 * asks first; the prerender build in the same process reuses it. A content error fails the build
 * and shows in the dev-server overlay, naming `content/<path>.md:<line>:<col>`. Editing content
 * reloads the running dev server.
 */
import { createHash } from 'node:crypto';
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import type { CompileResult } from './compile.ts';
import { compileContent } from './compile.ts';
import { readContent } from './load.ts';
import { formatError } from './parse.ts';
import { splitCatalog } from './split.ts';

export const INDEX_MODULE = 'virtual:stackwise/catalog-index';
export const PROSE_MODULE = 'virtual:stackwise/catalog-prose';
/** A few facts the start page needs, so that its first load does not carry the whole catalog. */
export const SUMMARY_MODULE = 'virtual:stackwise/summary';
const MODULES = [INDEX_MODULE, PROSE_MODULE, SUMMARY_MODULE];
const resolved = (id: string) => '\0' + id;

export class ContentError extends Error {
  constructor(messages: string[]) {
    super(
      `Stackwise content has ${messages.length} error${messages.length === 1 ? '' : 's'}:\n` +
        messages.map((m) => `  ${m}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/**
 * The last compile, keyed by a hash of every content file, kept on `globalThis`: the client build,
 * the prerender build (a nested `vite build` that loads its own copy of this module) and each
 * virtual module share it, so a build compiles content once.
 */
interface CompileCache {
  key: string;
  result: CompileResult;
  /** How many times content was compiled in this process (for tests and the build log). */
  count: number;
}
const CACHE = Symbol.for('stackwise.content.compile');
const store = globalThis as { [CACHE]?: CompileCache };

/** Compile content/ unless the same files were compiled last time. */
export function compileOnce(root: string): CompileResult {
  const files = readContent(root);
  const hash = createHash('sha256').update(root);
  for (const f of files) hash.update(`\0${f.path}\0${f.text}`);
  const key = hash.digest('hex');
  const cache = store[CACHE];
  if (cache?.key === key) return cache.result;
  const result = compileContent(files);
  store[CACHE] = { key, result, count: (cache?.count ?? 0) + 1 };
  return result;
}

/** How many times content has been compiled in this process. */
export function compileCount(): number {
  return store[CACHE]?.count ?? 0;
}

/** JSON.parse of a string literal is faster to start than an object literal of this size. */
const jsonModule = (value: unknown) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

export function stackwiseContent(options: { root?: string } = {}): Plugin {
  let root = options.root ?? process.cwd();
  return {
    name: 'stackwise-content',
    configResolved(config) {
      root = options.root ?? config.root;
    },
    resolveId(id) {
      return MODULES.includes(id) ? resolved(id) : null;
    },
    load(id) {
      const module = MODULES.find((m) => resolved(m) === id);
      if (!module) return null;
      const result = compileOnce(root);
      if (!result.catalog) throw new ContentError(result.errors.map(formatError));
      if (module === SUMMARY_MODULE) {
        const summary = {
          firstQuestion: result.catalog.questions[0]?.id ?? '',
          questionCount: result.catalog.questions.length,
          fingerprint: result.catalog.fingerprint,
          site: result.site,
        };
        return `export default ${JSON.stringify(summary)};`;
      }
      const { index, prose } = splitCatalog(result.catalog);
      return jsonModule(module === INDEX_MODULE ? index : prose);
    },
    // The index and the prose are chunks of their own, under names `npm run size` reports, not
    // merged into whichever screen chunk shares their importers.
    outputOptions(output) {
      if (output.codeSplitting === false) return null;
      const splitting = typeof output.codeSplitting === 'object' ? output.codeSplitting : {};
      const groups = [INDEX_MODULE, PROSE_MODULE].map((id) => ({
        name: id.slice(id.lastIndexOf('/') + 1),
        test: (moduleId: string) => moduleId === resolved(id),
      }));
      return {
        ...output,
        codeSplitting: { ...splitting, groups: [...(splitting.groups ?? []), ...groups] },
      };
    },
    configureServer(server) {
      const contentDir = resolve(root, 'content') + sep;
      server.watcher.add(contentDir);
      const onChange = (file: string) => {
        if (!file.startsWith(contentDir) || !file.endsWith('.md')) return;
        for (const m of MODULES) {
          const mod = server.moduleGraph.getModuleById(resolved(m));
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
