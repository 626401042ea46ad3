/**
 * The catalog in two parts for the browser: the scoring index (ids, names, relations, radar
 * status, fit scores, questions, pitfalls: what the wizard and the engine need) and the prose
 * (summaries, sections, links, the `why` of every fit score: what the technology, compare,
 * catalog and result pages show). Scenarios and source paths stay at build time. Pure.
 */
import type {
  Catalog,
  CatalogProse,
  CompiledCatalog,
  FitScore,
  Technology,
  TechnologyDetails,
  TechnologyProse,
} from './types.ts';

/** The prose fields of a technology: none of them may appear in the index. */
export const PROSE_FIELDS = ['summary', 'links', 'sections', 'intro'] as const;

export function indexTechnology(t: Technology): Technology {
  const fit: Record<string, FitScore> = {};
  for (const [criterion, f] of Object.entries(t.fit)) fit[criterion] = { score: f.score };
  return {
    id: t.id,
    name: t.name,
    category: t.category,
    status: t.status,
    reviewed: t.reviewed,
    fit,
    aliases: t.aliases,
    ...(t.languages !== undefined && { languages: t.languages }),
    ...(t.databases !== undefined && { databases: t.databases }),
    ...(t.framework !== undefined && { framework: t.framework }),
    ...(t.roles !== undefined && { roles: t.roles }),
  };
}

export function proseOf(t: TechnologyDetails): TechnologyProse {
  const why: Record<string, string> = {};
  for (const [criterion, f] of Object.entries(t.fit)) why[criterion] = f.why;
  return { summary: t.summary, links: t.links, sections: t.sections, intro: t.intro, why };
}

/** Split what the pipeline compiled into the scoring index and the prose, keyed by id. */
export function splitCatalog(full: CompiledCatalog): { index: Catalog; prose: CatalogProse } {
  const prose: CatalogProse = {};
  for (const t of full.technologies) prose[t.id] = proseOf(t);
  const index: Catalog = {
    fingerprint: full.fingerprint,
    criteria: full.criteria,
    baseline: full.baseline,
    technologies: full.technologies.map(indexTechnology),
    questions: full.questions,
    pitfalls: full.pitfalls,
  };
  return { index, prose };
}

/** No prose on record for a technology (cannot happen with a built catalog; shown, not thrown). */
const NO_PROSE: TechnologyProse = { summary: '', links: [], sections: {}, intro: '', why: {} };

/** An index entry with its prose put back: each fit score gets its why again. */
export function withProse(t: Technology, prose: CatalogProse): TechnologyDetails {
  const p = prose[t.id] ?? NO_PROSE;
  const fit: TechnologyDetails['fit'] = {};
  for (const [criterion, f] of Object.entries(t.fit))
    fit[criterion] = { score: f.score, why: p.why[criterion] ?? '' };
  return { ...t, summary: p.summary, links: p.links, sections: p.sections, intro: p.intro, fit };
}
