/**
 * The content pipeline, end to end: parse (parse.ts) -> validate (schema.ts) -> cross-file checks
 * (checks.ts) -> plain catalog data with sanitized HTML. Pure: the caller reads the files.
 * Build time only; nothing here reaches the browser bundle.
 */
import {
  formatError,
  parseFile,
  renderBody,
  validate,
  type ContentError,
  type ParsedFile,
} from './parse.ts';
import { checkContent, languagesOf, type ValidatedContent } from './checks.ts';
import {
  CATEGORIES,
  DATABASE_ROLES,
  rolesOf,
  type DatabaseRole,
  CriteriaFrontMatterSchema,
  PitfallFrontMatterSchema,
  QuestionFrontMatterSchema,
  ScenarioFrontMatterSchema,
  SECTIONS,
  SiteFrontMatterSchema,
  TECHNOLOGY_SCHEMAS,
  type Catalog,
  type Category,
  type CompiledCatalog,
  type CompiledTechnology,
  type Fit,
  type SectionKey,
  type Site,
} from './schema.ts';

export interface SourceFile {
  /** Path relative to the project root, with forward slashes: `content/questions/scale.md`. */
  path: string;
  text: string;
}

export type CompileResult =
  | { catalog: CompiledCatalog; site: Site; errors: [] }
  | { catalog: null; site: null; errors: ContentError[] };

/** The branding used when content/site.md is absent. */
export const DEFAULT_SITE: Site = {
  name: 'Stackwise',
  title: 'Choose a backend stack you can defend',
  intro:
    'Answer a dozen quick questions about your team and your workload. Stackwise ranks coherent stacks, explains every pick and every runner-up, and warns you about known pitfalls.',
  links: [],
  contact: null,
};

/** Files under content/ that are documentation, not catalog data. */
const IGNORED = new Set(['content/README.md']);

type Kind =
  | { kind: 'criteria' }
  | { kind: 'site' }
  | { kind: 'technology'; category: Category }
  | { kind: 'question' | 'pitfall' | 'scenario' };

function kindOf(path: string): Kind | null {
  if (path === 'content/criteria.md') return { kind: 'criteria' };
  if (path === 'content/site.md') return { kind: 'site' };
  const tech = /^content\/technologies\/([^/]+)\/[^/]+\.md$/.exec(path);
  if (tech) {
    const category = tech[1] as Category;
    return CATEGORIES.includes(category) ? { kind: 'technology', category } : null;
  }
  const m = /^content\/(questions|pitfalls|scenarios)\/[^/]+\.md$/.exec(path);
  if (m) return { kind: m[1]!.slice(0, -1) as 'question' | 'pitfall' | 'scenario' };
  return null;
}

const SECTION_BY_HEADING = new Map<string, SectionKey>(
  Object.entries(SECTIONS).map(([key, heading]) => [heading.toLowerCase(), key as SectionKey]),
);

/** Compile every content file into a catalog, or report every error found (not just the first). */
export function compileContent(
  files: readonly SourceFile[],
  options: { contract?: Parameters<typeof checkContent>[1] } = {},
): CompileResult {
  const errors: ContentError[] = [];
  const content: ValidatedContent = {
    criteria: null,
    unvalidated: [],
    technologies: [],
    questions: [],
    pitfalls: [],
    scenarios: [],
  };
  const bodies = new Map<ParsedFile, ReturnType<typeof renderBody>>();
  let site: Site = DEFAULT_SITE;
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  for (const source of sorted) {
    if (IGNORED.has(source.path) || !source.path.endsWith('.md')) continue;
    const kind = kindOf(source.path);
    if (!kind) {
      errors.push({
        file: source.path,
        line: 1,
        col: 1,
        message: `Stackwise does not know what this file is. Technologies go in content/technologies/<${CATEGORIES.join('|')}>/, questions, pitfalls and scenarios in their own folders, and the branding in content/site.md.`,
      });
      continue;
    }
    const parsed = parseFile(source.path, source.text);
    if (!parsed.file) {
      errors.push(...parsed.errors);
      continue;
    }
    const file = parsed.file;
    const body = renderBody(file.body, file.bodyLine);
    bodies.set(file, body);
    for (const h of body.topHeadings)
      errors.push({
        file: file.path,
        ...h,
        message:
          'Use "## " headings for sections; the page already shows the title as the top heading.',
      });

    switch (kind.kind) {
      case 'criteria': {
        const v = validate(file, CriteriaFrontMatterSchema);
        if (v.data) content.criteria = { file, data: v.data };
        errors.push(...v.errors);
        break;
      }
      case 'site': {
        const v = validate(file, SiteFrontMatterSchema);
        if (v.data)
          site = {
            name: v.data.name,
            title: v.data.title,
            intro: v.data.intro,
            links: v.data.links ?? [],
            contact: v.data.contact ?? null,
          };
        errors.push(...v.errors);
        const text = file.body.split('\n').findIndex((line) => line.trim() !== '');
        if (text !== -1)
          errors.push({
            file: file.path,
            line: file.bodyLine + text,
            col: 1,
            message:
              'The site file has no body: write the start page text in "intro" in the front matter, and remove the text below the second "---".',
          });
        break;
      }
      case 'technology': {
        const v = validate(file, TECHNOLOGY_SCHEMAS[kind.category]);
        if (v.data) content.technologies.push({ file, data: v.data, category: kind.category });
        else content.unvalidated.push(...stubOf(file.data, kind.category));
        errors.push(...v.errors);
        for (const s of body.sections)
          if (!SECTION_BY_HEADING.has(s.heading.toLowerCase()))
            errors.push({
              file: file.path,
              line: s.line,
              col: s.col,
              message: `"## ${s.heading}" is not a section we know. Use: ${Object.values(SECTIONS)
                .map((h) => `"## ${h}"`)
                .join(', ')}.`,
            });
        break;
      }
      case 'question': {
        const v = validate(file, QuestionFrontMatterSchema);
        if (v.data) content.questions.push({ file, data: v.data });
        errors.push(...v.errors);
        break;
      }
      case 'pitfall': {
        const v = validate(file, PitfallFrontMatterSchema);
        if (v.data) content.pitfalls.push({ file, data: v.data });
        errors.push(...v.errors);
        break;
      }
      case 'scenario': {
        const v = validate(file, ScenarioFrontMatterSchema);
        if (v.data) content.scenarios.push({ file, data: v.data });
        errors.push(...v.errors);
        break;
      }
    }
  }
  if (!content.criteria && !errors.some((e) => e.file === 'content/criteria.md'))
    errors.push({
      file: 'content/criteria.md',
      line: 1,
      col: 1,
      message: 'The criteria file is missing: every score and weight needs its vocabulary.',
    });

  errors.push(...checkContent(content, options.contract));
  if (errors.length > 0) return { catalog: null, site: null, errors: sortErrors(errors) };

  const body = (file: ParsedFile) => bodies.get(file)!;
  const technologies: CompiledTechnology[] = content.technologies.map(
    ({ file, data, category }) => {
      const b = body(file);
      const sections: CompiledTechnology['sections'] = {};
      for (const s of b.sections) {
        const key = SECTION_BY_HEADING.get(s.heading.toLowerCase())!;
        sections[key] = { html: s.html, items: s.items };
      }
      return {
        id: data.id,
        name: data.name,
        category,
        summary: data.summary,
        status: data.status,
        reviewed: data.reviewed,
        links: data.links,
        fit: data.fit,
        aliases: data.aliases ?? [],
        ...(data.language !== undefined && { languages: languagesOf(data) }),
        ...(data.databases !== undefined && { databases: data.databases }),
        ...(data.framework !== undefined && { framework: data.framework }),
        ...(data.roles !== undefined && { roles: data.roles }),
        sections,
        intro: b.intro,
        source: file.path,
      };
    },
  );
  // A criterion scoped to a language ("the team already writes Go") also judges that language's
  // frameworks and ORMs when its roles include theirs. They inherit three fifths of the
  // language's fit: knowing the language is most of the way to its libraries, not all of it.
  const byId = new Map(technologies.map((t) => [t.id, t]));
  for (const c of content.criteria!.data.criteria) {
    const scope = c.technologies;
    if (!scope) continue;
    for (const t of technologies) {
      if (!(c.roles as string[]).includes(t.category)) continue;
      // A technology of several languages inherits from the one that fits best.
      const best = (t.languages ?? [])
        .filter((id) => scope.includes(id))
        .map((id) => ({ lang: byId.get(id)!, fit: byId.get(id)?.fit[c.id] }))
        .filter((x): x is { lang: CompiledTechnology; fit: Fit } => x.fit !== undefined)
        .sort((a, b) => b.fit.score - a.fit.score)[0];
      if (best)
        t.fit = {
          ...t.fit,
          [c.id]: {
            score: Math.round((best.fit.score * 3) / 5),
            why: `Written in ${best.lang.name}: ${best.fit.why.charAt(0).toLowerCase()}${best.fit.why.slice(1)}, though ${t.name} itself may be new to the team`,
          },
        };
    }
  }
  const order = new Map(CATEGORIES.map((c, i) => [c, i]));
  technologies.sort(
    (a, b) => order.get(a.category)! - order.get(b.category)! || compareIds(a.id, b.id),
  );

  const fullBody = (file: ParsedFile) => {
    const b = body(file);
    return [b.intro, ...b.sections.map((s) => `<h2>${escapeHtml(s.heading)}</h2>\n${s.html}`)]
      .filter(Boolean)
      .join('\n');
  };

  const criteria = content.criteria!.data;
  const catalogWithoutFingerprint: Omit<CompiledCatalog, 'fingerprint'> = {
    criteria: criteria.criteria.map(({ technologies, ...c }) =>
      technologies ? { ...c, technologies } : c,
    ),
    baseline: criteria.baseline ?? {},
    technologies,
    questions: content.questions
      .map(({ file, data }) => ({
        id: data.id,
        title: data.title,
        kind: data.kind,
        order: data.order,
        ...(data.max !== undefined && { max: data.max }),
        default: data.default ?? [],
        ...(data.when !== undefined && { when: data.when }),
        aliases: data.aliases ?? [],
        options: data.options.map((o) => ({
          id: o.id,
          label: o.label,
          description: o.description,
          because: o.because,
          weights: o.weights ?? {},
          needs: o.needs ?? [],
          declines: o.declines ?? [],
          aliases: o.aliases ?? [],
        })),
        help: fullBody(file),
        source: file.path,
      }))
      .sort((a, b) => a.order - b.order || compareIds(a.id, b.id)),
    pitfalls: content.pitfalls.map(({ file, data }) => ({
      id: data.id,
      title: data.title,
      severity: data.severity,
      summary: data.summary,
      when: data.when,
      penalty: data.penalty ?? 0,
      links: data.links ?? [],
      advice: fullBody(file),
      source: file.path,
    })),
    scenarios: content.scenarios.map(({ file, data }) => ({
      id: data.id,
      title: data.title,
      reference: data.source ?? null,
      answers: data.answers,
      exclude: data.exclude ?? [],
      expect: {
        accept: data.expect.accept,
        pitfalls: data.expect.pitfalls ?? [],
        notPitfalls: data.expect.notPitfalls ?? [],
      },
      description: fullBody(file),
      source: file.path,
    })),
  };
  return {
    catalog: {
      fingerprint: fingerprintOf(catalogWithoutFingerprint),
      ...catalogWithoutFingerprint,
    },
    site,
    errors: [],
  };
}

/** Id, category and roles of a technology file that failed validation, when they can be read. */
function stubOf(data: unknown, category: Category): ValidatedContent['unvalidated'] {
  const { id, roles } = data as { id?: unknown; roles?: unknown };
  if (typeof id !== 'string') return [];
  const names = Array.isArray(roles)
    ? roles.filter((r): r is DatabaseRole => (DATABASE_ROLES as readonly unknown[]).includes(r))
    : [];
  return [{ id, category, roles: rolesOf({ category, roles: names }) }];
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortErrors(errors: ContentError[]): ContentError[] {
  return errors.sort((a, b) => compareIds(a.file, b.file) || a.line - b.line || a.col - b.col);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A short, stable hash of everything that can change a recommendation (scores, weights, rules),
 * but not of prose, so fixing a typo does not mark every shared link as outdated.
 */
/**
 * Bump when the engine's scoring rules change (role weights, radar or pitfall costs), so links
 * made before say the recommendation may differ. 2: pitfall costs, familiarity in frameworks,
 * data access weighing 0.3 (2026-12). 3: data access 0.15, tied caches and brokers fold into one
 * stack (2026-12).
 */
const SCORING_REVISION = 3;

export function fingerprintOf(catalog: Omit<Catalog, 'fingerprint'>): string {
  const relevant = {
    revision: SCORING_REVISION,
    baseline: catalog.baseline,
    criteria: catalog.criteria.map((c) => [c.id, c.roles, c.technologies ?? null]),
    technologies: catalog.technologies.map((t) => [
      t.id,
      t.category,
      t.status,
      Object.entries(t.fit).map(([k, f]) => [k, f.score]),
      t.languages ?? null,
      t.databases ?? null,
      t.roles ?? null,
      t.framework ?? null,
    ]),
    questions: catalog.questions.map((q) => [
      q.id,
      q.kind,
      q.max ?? null,
      q.default,
      q.when ?? null,
      q.options.map((o) => [o.id, o.weights, o.needs, o.declines]),
    ]),
    pitfalls: catalog.pitfalls.map((p) => [p.id, p.severity, p.when, p.penalty]),
  };
  return fnv1a(JSON.stringify(relevant));
}

/** 48-bit FNV-1a, base-36: short enough for a URL, plenty against accidental collisions. */
function fnv1a(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return ((h1 >>> 0).toString(36) + (h2 & 0xffff).toString(36)).slice(0, 8);
}

export { formatError };
