/**
 * Stage 1 of the content pipeline: split a Markdown module into YAML front matter and body,
 * parse both, and keep enough source positions to point any later error at `file:line:col`.
 * Pure (no file system): callers hand in the path and the text. Build time only.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type * as z from 'zod';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root as MdRoot, RootContent as MdNode } from 'mdast';
import type { Root as HastRoot, Element } from 'hast';
import { toString as mdToString } from 'mdast-util-to-string';

export interface ContentError {
  file: string;
  line: number;
  col: number;
  message: string;
}

export function formatError(error: ContentError): string {
  return `${error.file}:${error.line}:${error.col} ${error.message}`;
}

export type PathKey = string | number;

export interface Position {
  line: number;
  col: number;
}

export interface ParsedFile {
  path: string;
  /** The front matter as plain data (not yet validated). */
  data: unknown;
  /** The Markdown after the front matter. */
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** Position of the value at `path` in the front matter, or of its nearest existing parent. */
  locate(path: readonly PathKey[], options?: { key?: boolean }): Position;
  /** An error at the value at `path`. */
  errorAt(path: readonly PathKey[], message: string, options?: { key?: boolean }): ContentError;
}

const FENCE = /^---[ \t]*$/;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function positionOf(starts: number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
}

/**
 * Parse one content file. Returns the parsed file, or the errors that stop it from being read
 * (no front matter, malformed YAML). Never throws.
 */
export function parseFile(
  path: string,
  rawText: string,
): { file: ParsedFile; errors: [] } | { file: null; errors: ContentError[] } {
  const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const fail = (line: number, col: number, message: string) => ({
    file: null,
    errors: [{ file: path, line, col, message }],
  });
  if (!FENCE.test(lines[0] ?? '')) {
    return fail(
      1,
      1,
      'The file must start with a line "---", then the front matter (the data fields), then another "---" line.',
    );
  }
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end === -1) {
    return fail(
      1,
      1,
      'The front matter is never closed: add a line "---" after the last data field.',
    );
  }
  const starts = lineStarts(text);
  const yamlStart = starts[1] ?? text.length;
  const yamlText = lines.slice(1, end).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => positionOf(starts, yamlStart + offset);
  if (doc.errors.length > 0) {
    return {
      file: null,
      errors: doc.errors.map((e) => {
        const pos = at(e.pos[0]);
        return { file: path, ...pos, message: describeYamlError(e.code, e.message) };
      }),
    };
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(2, 1, 'The front matter must be a list of "field: value" lines.');
  }
  const locate = (path: readonly PathKey[], options: { key?: boolean } = {}): Position =>
    at(locateOffset(doc, path, options.key ?? false));
  const bodyLine = end + 2;
  const file: ParsedFile = {
    path,
    data,
    body: lines.slice(end + 1).join('\n'),
    bodyLine,
    locate,
    errorAt: (p, message, options) => ({ file: path, ...locate(p, options), message }),
  };
  return { file, errors: [] };
}

function describeYamlError(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'The same field is written twice; keep only one.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `The front matter is not valid YAML here (${first}). Check the indentation and that every "field:" has a space after the colon.`;
    default:
      return `The front matter is not valid YAML here: ${first}.`;
  }
}

function locateOffset(doc: Document, path: readonly PathKey[], wantKey: boolean): number {
  let node: unknown = doc.contents;
  let best = (doc.contents as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      if (!pair) return best;
      const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
      if (last && wantKey && keyRange) return keyRange[0];
      const value = pair.value as { range?: [number, number, number] } | null;
      best = value?.range?.[0] ?? keyRange?.[0] ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: [number, number, number] } | undefined;
      if (!item) return best;
      best = item.range?.[0] ?? best;
      node = item;
    } else {
      return best;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Validation: zod issues turned into sentences a non-programmer understands.

function fieldName(path: readonly PathKey[]): string {
  if (path.length === 0) return 'The front matter';
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key + 1}]` : out ? `.${key}` : key;
  return `"${out}"`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value}"`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PathKey, unknown>)[key];
  }
  return v;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const field = fieldName(issue.path as PathKey[]);
  const input = valueAt(data, issue.path as PathKey[]);
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `${field} is missing. Add it to the front matter.`;
      return `${field} should be ${EXPECTED[issue.expected] ?? issue.expected}, but it is ${kindOf(input)}.`;
    case 'unrecognized_keys':
      return ''; // reported per key by the caller
    case 'invalid_value':
      return `${field} must be one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}, but it is ${kindOf(input)}.`;
    case 'too_small':
      if (issue.origin === 'array')
        return `${field} ${issue.message.startsWith('needs') ? issue.message : `needs at least ${String(issue.minimum)} item(s)`}.`;
      if (issue.origin === 'string') return `${field} must not be empty.`;
      return `${field} must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}, but it is ${kindOf(input)}.`;
    case 'too_big':
      return `${field} must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}, but it is ${kindOf(input)}.`;
    case 'invalid_format':
    case 'custom':
      return `${field} ${issue.message}${input === undefined ? '' : ` (found ${kindOf(input)})`}.`;
    case 'invalid_key':
      return `${field} has a name that ${issue.issues[0]?.message ?? 'is not allowed'}.`;
    case 'invalid_union':
      return `${field} is not in a form we understand. ${unionHint(issue.path as PathKey[])}`;
    default:
      return `${field}: ${issue.message}.`;
  }
}

function unionHint(path: readonly PathKey[]): string {
  if (path.includes('when') || path.includes('not') || path.includes('all') || path.includes('any'))
    return 'A condition is one of: { answer: <question>, in: [<options>] }, { answer: <question>, skipped: true }, { stack: <role>, in: [<ids>] }, { stack: <role>, absent: true }, { all: [...] }, { any: [...] }, { not: ... }.';
  return 'Check the authoring guide in content/README.md for the allowed forms.';
}

/** Validate a parsed file's front matter against a schema, with located, readable errors. */
export function validate<T>(
  file: ParsedFile,
  schema: z.ZodType<T>,
): { data: T; errors: [] } | { data: null; errors: ContentError[] } {
  const result = schema.safeParse(file.data);
  if (result.success) return { data: result.data, errors: [] };
  const errors: ContentError[] = [];
  const seen = new Set<string>();
  const push = (e: ContentError) => {
    const k = formatError(e);
    if (!seen.has(k)) {
      seen.add(k);
      errors.push(e);
    }
  };
  for (const raw of result.error.issues) {
    const issue = innermostUnionIssue(raw, file.data);
    const path = issue.path as PathKey[];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const allowed = allowedKeys(schema, path);
        push(
          file.errorAt(
            [...path, key],
            `"${key}" is not a field we know here${allowed ? `. Allowed fields: ${allowed}` : ''}.`,
            { key: true },
          ),
        );
      }
      continue;
    }
    const key = issue.code === 'invalid_key';
    push(file.errorAt(path, describeIssue(issue, file.data), { key }));
  }
  return { data: null, errors };
}

/**
 * A union (like a condition) that fails reports every branch's complaint. When one branch got
 * further into the value (it failed on a nested union), point at that nested place instead.
 */
function innermostUnionIssue(issue: z.core.$ZodIssue, data: unknown): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  for (const branch of issue.errors) {
    for (const nested of branch) {
      const path = [...issue.path, ...nested.path] as PathKey[];
      if (
        nested.code === 'invalid_union' &&
        nested.path.length > 0 &&
        valueAt(data, path) !== undefined
      )
        return innermostUnionIssue({ ...nested, path } as z.core.$ZodIssue, data);
    }
  }
  return issue;
}

function allowedKeys(schema: z.ZodType, path: readonly PathKey[]): string | null {
  // Walk object/array schemas along the path to list the keys the author may use.
  let s: unknown = schema;
  for (const key of path) {
    const def = (s as { def?: { type?: string; shape?: object; element?: unknown } }).def;
    if (def?.type === 'object' && typeof key === 'string')
      s = (def.shape as Record<string, unknown>)[key];
    else if (def?.type === 'array' && typeof key === 'number') s = def.element;
    else if (def?.type === 'optional') s = (def as { innerType?: unknown }).innerType;
    else return null;
    const inner = (s as { def?: { type?: string; innerType?: unknown } }).def;
    if (inner?.type === 'optional') s = inner.innerType;
  }
  const shape = (s as { def?: { type?: string; shape?: object } }).def;
  return shape?.type === 'object' && shape.shape ? Object.keys(shape.shape).join(', ') : null;
}

// ---------------------------------------------------------------------------------------------
// Markdown body: split into "## " sections, render each to sanitized HTML.

export interface BodySection {
  heading: string;
  /** 1-based line in the file. */
  line: number;
  col: number;
  html: string;
  items: string[];
}

export interface RenderedBody {
  /** HTML of whatever comes before the first "## " heading. */
  intro: string;
  introItems: string[];
  sections: BodySection[];
  /** Headings of depth 1, which the page already supplies. */
  topHeadings: { line: number; col: number }[];
}

const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    a: [
      ...(defaultSchema.attributes?.a ?? []),
      ['target', '_blank'],
      ['rel', 'noopener', 'noreferrer'],
    ],
  },
};

/** Outside links open in a new tab; the sanitizer still has the last word on every attribute. */
function rehypeExternalLinks() {
  return (tree: HastRoot) => {
    const visit = (node: HastRoot | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const href = child.properties.href;
        if (child.tagName === 'a' && typeof href === 'string' && /^https?:/i.test(href)) {
          child.properties.target = '_blank';
          child.properties.rel = ['noopener', 'noreferrer'];
        }
        visit(child);
      }
    };
    visit(tree);
  };
}

const toHtml = unified()
  .use(remarkRehype)
  .use(rehypeExternalLinks)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify);

function renderNodes(nodes: MdNode[]): { html: string; items: string[] } {
  const root: MdRoot = { type: 'root', children: nodes };
  const hast = toHtml.runSync(root);
  const html = toHtml.stringify(hast).trim();
  const items: string[] = [];
  for (const node of nodes) {
    if (node.type === 'list') for (const item of node.children) items.push(mdToString(item).trim());
    else if (node.type === 'paragraph') items.push(mdToString(node).trim());
  }
  return { html, items: items.filter(Boolean) };
}

/** Render a Markdown body, split at its "## " headings. Raw HTML in Markdown is dropped. */
export function renderBody(body: string, bodyLine: number): RenderedBody {
  const tree = unified().use(remarkParse).parse(body);
  const intro: MdNode[] = [];
  const sections: { heading: string; line: number; col: number; nodes: MdNode[] }[] = [];
  const topHeadings: { line: number; col: number }[] = [];
  for (const node of tree.children) {
    const line = (node.position?.start.line ?? 1) + bodyLine - 1;
    const col = node.position?.start.column ?? 1;
    if (node.type === 'heading' && node.depth === 1) {
      topHeadings.push({ line, col });
      continue;
    }
    if (node.type === 'heading' && node.depth === 2) {
      sections.push({ heading: mdToString(node).trim(), line, col, nodes: [] });
      continue;
    }
    (sections.at(-1)?.nodes ?? intro).push(node);
  }
  const renderedIntro = renderNodes(intro);
  return {
    intro: renderedIntro.html,
    introItems: renderedIntro.items,
    sections: sections.map((s) => ({
      heading: s.heading,
      line: s.line,
      col: s.col,
      ...renderNodes(s.nodes),
    })),
    topHeadings,
  };
}
