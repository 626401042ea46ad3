/**
 * Reads content/ from disk and compiles it. Node only (build time, dev server, CLI).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compileContent, type CompileResult, type SourceFile } from './compile.ts';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Read every Markdown file under `<root>/content`. */
export function readContent(root: string): SourceFile[] {
  return walk(join(root, 'content'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => ({
      path: relative(root, file).split(sep).join('/'),
      text: readFileSync(file, 'utf8'),
    }));
}

export function loadCatalog(root: string): CompileResult {
  return compileContent(readContent(root));
}
