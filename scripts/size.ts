/**
 * Weighs the built app (dist/) against the budgets in PRODUCT.md, "Quality bars".
 *
 * First load of the start page = dist/index.html + every script, stylesheet and modulepreload it
 * references + what the page's entry scripts import, statically or with `import()` (main.tsx
 * loads the app that way, right after the first paint) + every chunk those import statically
 * (recursively). Other dynamic `import()` calls are lazy screens, reported separately.
 *
 * Also prints the catalog's two chunks (the scoring index the wizard and engine load, and the prose
 * the technology, catalog, compare and result pages load) and what each screen adds to the first
 * load (its chunk and every chunk it imports statically that the first load did not bring).
 *
 * Run after `npm run build`: `tsx scripts/size.ts`. Exits 1 when a budget is exceeded, or when
 * the catalog's index or prose chunk is missing (merged into another chunk, so the split is lost).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** HTML + JS + CSS of the start page's first load, gzip level 9. */
const FIRST_LOAD_BUDGET_GZIP = 100 * 1024;
/** The one-line embed loader, dist/embed.js, gzip level 9. */
const EMBED_BUDGET_GZIP = 3 * 1024;

const DIST = resolve(process.argv[2] ?? 'dist');

interface Row {
  file: string;
  raw: number;
  gzip: number;
}

function measure(path: string): Row {
  const bytes = readFileSync(path);
  return {
    file: relative(DIST, path).split(sep).join('/'),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
  };
}

/** Attribute value of a start tag, e.g. attr('<script src="x">', 'src') === 'x'. */
function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** A local file path for a URL found in dist/index.html, or undefined for other hosts. */
function localPath(url: string, fromDir: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const clean = url.replace(/[?#].*$/, '');
  return clean.startsWith('/') ? join(DIST, clean) : resolve(fromDir, clean);
}

/** Files the HTML loads up front: module/classic scripts, stylesheets and modulepreloads. */
function htmlReferences(html: string): string[] {
  const refs: string[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag] of withoutComments.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src) refs.push(src);
  }
  for (const [tag] of withoutComments.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (href && (rel.includes('stylesheet') || rel.includes('modulepreload'))) refs.push(href);
  }
  return refs;
}

/**
 * Specifiers of static imports and re-exports in an ES module chunk:
 * `import{a as b}from"./x.js"`, `import x,{y}from'./x.js'`, `import"./x.js"`,
 * `export*from"./x.js"`. Dynamic `import("./x.js")` is deliberately not matched.
 */
function staticImports(code: string): string[] {
  const specs: string[] = [];
  const re = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'])([^"'\n]+)\1/g;
  for (const m of code.matchAll(re)) specs.push(m[2]!);
  return specs;
}

/** Specifiers of dynamic `import("./x.js")` calls (any quote style) in a chunk. */
function dynamicImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[^\w$.])import\(\s*(["'`])([^"'`\n]+)\1\s*\)/g)].map((m) => m[2]!);
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function printTable(title: string, rows: Row[]): { raw: number; gzip: number } {
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), {
    raw: 0,
    gzip: 0,
  });
  const width = Math.max(5, ...rows.map((r) => r.file.length));
  const line = (file: string, raw: string, gzip: string) =>
    `  ${file.padEnd(width)}  ${raw.padStart(10)}  ${gzip.padStart(10)}`;
  console.log(`\n${title}`);
  console.log(line('file', 'raw bytes', 'gzip bytes'));
  console.log(line('-'.repeat(width), '-'.repeat(10), '-'.repeat(10)));
  for (const r of rows) console.log(line(r.file, String(r.raw), String(r.gzip)));
  console.log(line('-'.repeat(width), '-'.repeat(10), '-'.repeat(10)));
  console.log(line(`total (${rows.length} files)`, String(total.raw), String(total.gzip)));
  return total;
}

function main(): number {
  const indexHtml = join(DIST, 'index.html');
  if (!existsSync(indexHtml)) {
    console.error(`size: ${indexHtml} does not exist. Run \`npm run build\` first.`);
    return 1;
  }

  const firstLoad = new Set<string>([indexHtml]);
  const missing: string[] = [];
  const queue: string[] = [];
  const add = (path: string, from: string) => {
    if (firstLoad.has(path)) return;
    if (!existsSync(path)) {
      missing.push(`${relative(DIST, path)} (referenced by ${relative(DIST, from)})`);
      return;
    }
    firstLoad.add(path);
    if (path.endsWith('.js') || path.endsWith('.mjs')) queue.push(path);
  };

  for (const url of htmlReferences(readFileSync(indexHtml, 'utf8'))) {
    const path = localPath(url, DIST);
    if (path) add(path, indexHtml);
  }
  const entries = new Set(queue);
  while (queue.length > 0) {
    const chunk = queue.shift()!;
    const code = readFileSync(chunk, 'utf8');
    const imports = staticImports(code);
    if (entries.has(chunk)) imports.push(...dynamicImports(code));
    for (const spec of imports) {
      if (!spec.startsWith('./') && !spec.startsWith('../') && !spec.startsWith('/')) continue;
      const path = localPath(spec, dirname(chunk));
      if (path) add(path, chunk);
    }
  }

  const firstRows = [...firstLoad].map(measure);
  const first = printTable('Start page, first load (HTML + JS + CSS):', firstRows);

  const lazyRows = listFiles(join(DIST, 'assets'))
    .filter((p) => !firstLoad.has(p))
    .sort()
    .map(measure);
  if (lazyRows.length > 0) {
    printTable('Other files in dist/assets (lazy, for information):', lazyRows);
  } else {
    console.log('\nNo other files in dist/assets.');
  }

  // The catalog split: src/content/vite-plugin.ts names these chunks.
  const assets = listFiles(join(DIST, 'assets'));
  const contentRows = (['catalog-index', 'catalog-prose'] as const).map((name) => {
    const file = assets.find((p) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(basename(p)));
    return { name, row: file ? measure(file) : undefined };
  });
  printTable(
    'Catalog chunks (scoring index: wizard and engine; prose: technology, catalog, compare and result pages):',
    contentRows.flatMap((c) => (c.row ? [c.row] : [])),
  );

  // What each lazily loaded screen adds to the first load: its chunk and its static imports.
  const screenRows = assets
    .filter((p) => /-page-[\w-]+\.js$/.test(basename(p)) && !firstLoad.has(p))
    .sort()
    .map((page) => {
      const added = new Set<string>();
      const todo = [page];
      while (todo.length > 0) {
        const chunk = todo.pop()!;
        if (added.has(chunk) || firstLoad.has(chunk) || !existsSync(chunk)) continue;
        added.add(chunk);
        for (const spec of staticImports(readFileSync(chunk, 'utf8'))) {
          const path = spec.startsWith('.') ? localPath(spec, dirname(chunk)) : undefined;
          if (path) todo.push(path);
        }
      }
      const rows = [...added].map(measure);
      return {
        file: `${basename(page).replace(/-page-[\w-]+\.js$/, '')} (${rows.length} chunks)`,
        raw: rows.reduce((n, r) => n + r.raw, 0),
        gzip: rows.reduce((n, r) => n + r.gzip, 0),
      };
    });
  console.log(
    "\nWhat each screen adds to the start page's first load (its chunk and static imports):",
  );
  for (const r of screenRows)
    console.log(
      `  ${r.file.padEnd(34)}  ${String(r.raw).padStart(10)}  ${String(r.gzip).padStart(10)}`,
    );

  let failed = false;
  for (const c of contentRows)
    if (!c.row) {
      console.error(
        `\nsize: no ${c.name}-*.js in dist/assets: the catalog's index and prose must be chunks of their own (src/content/vite-plugin.ts).`,
      );
      failed = true;
    }
  if (missing.length > 0) {
    console.error(`\nsize: referenced files are missing from dist/:\n  ${missing.join('\n  ')}`);
    failed = true;
  }

  console.log('');
  if (first.gzip > FIRST_LOAD_BUDGET_GZIP) {
    console.error(
      `size: FAIL start page first load is ${first.gzip} bytes gzip (${kb(first.gzip)}), over the ` +
        `budget of ${FIRST_LOAD_BUDGET_GZIP} bytes (${kb(FIRST_LOAD_BUDGET_GZIP)}) by ` +
        `${first.gzip - FIRST_LOAD_BUDGET_GZIP} bytes. Move code behind a lazy route or drop a dependency.`,
    );
    failed = true;
  } else {
    console.log(
      `size: ok   start page first load ${first.gzip} bytes gzip (${kb(first.gzip)}) of ` +
        `${FIRST_LOAD_BUDGET_GZIP} (${kb(FIRST_LOAD_BUDGET_GZIP)}), ` +
        `${Math.round((first.gzip / FIRST_LOAD_BUDGET_GZIP) * 100)}% of the budget.`,
    );
  }

  const embed = join(DIST, 'embed.js');
  if (existsSync(embed)) {
    const row = measure(embed);
    if (row.gzip > EMBED_BUDGET_GZIP) {
      console.error(
        `size: FAIL embed.js is ${row.gzip} bytes gzip (${kb(row.gzip)}), over the budget of ` +
          `${EMBED_BUDGET_GZIP} bytes (${kb(EMBED_BUDGET_GZIP)}) by ${row.gzip - EMBED_BUDGET_GZIP} bytes.`,
      );
      failed = true;
    } else {
      console.log(
        `size: ok   embed.js ${row.raw} bytes raw, ${row.gzip} bytes gzip of ${EMBED_BUDGET_GZIP} ` +
          `(${kb(EMBED_BUDGET_GZIP)}).`,
      );
    }
  } else {
    console.log('size: note dist/embed.js not built yet; its 3 KB budget is not checked.');
  }

  return failed ? 1 : 0;
}

process.exitCode = main();
