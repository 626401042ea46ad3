/**
 * Scoring one technology in one role: the answers become criterion weights, and a candidate's
 * score is its weighted fit (0-5 per criterion) scaled to 0-100, split by the answer that
 * contributed each point. Pure.
 */
import type { Catalog, Need, Role, Status, Technology } from '../content/types.ts';
import type { EffectiveAnswers } from './answers.ts';

/** Where weight came from: an answer (question + option) or the catalog's baseline. */
export interface WeightSource {
  question: string | null;
  option: string | null;
  /** Completes "+18 because ...". */
  because: string;
}

export interface WeightEntry {
  source: WeightSource;
  criterion: string;
  weight: number;
}

export interface NeedReason {
  need: Need;
  question: string;
  option: string;
  because: string;
}

export interface Weights {
  entries: WeightEntry[];
  /** Total weight per criterion. */
  total: Map<string, number>;
  needs: NeedReason[];
}

export const BASELINE_BECAUSE = 'a mature, well-supported choice is worth something in any stack';

/** Turn effective answers into criterion weights and role needs, in questionnaire order. */
export function weighAnswers(catalog: Catalog, answers: EffectiveAnswers): Weights {
  const entries: WeightEntry[] = [];
  const needs: NeedReason[] = [];
  for (const [criterion, weight] of Object.entries(catalog.baseline))
    entries.push({
      source: { question: null, option: null, because: BASELINE_BECAUSE },
      criterion,
      weight,
    });
  for (const q of catalog.questions) {
    const chosen = answers.values.get(q.id);
    if (!chosen) continue;
    for (const o of q.options) {
      if (!chosen.includes(o.id)) continue;
      const source = { question: q.id, option: o.id, because: o.because };
      for (const [criterion, weight] of Object.entries(o.weights))
        entries.push({ source, criterion, weight });
      for (const need of o.needs)
        needs.push({ need, question: q.id, option: o.id, because: o.because });
    }
  }
  const total = new Map<string, number>();
  for (const e of entries) total.set(e.criterion, (total.get(e.criterion) ?? 0) + e.weight);
  return { entries, total, needs };
}

export interface Contribution {
  source: WeightSource;
  /** Points out of 100 this answer added to the score. */
  points: number;
  /** The same points, per criterion. */
  criteria: { criterion: string; points: number }[];
}

export interface RoleScore {
  /** 0-100. */
  score: number;
  contributions: Contribution[];
  /** Points per criterion (sums to score). */
  byCriterion: Map<string, number>;
}

/** Precomputed per-role data shared by every candidate of a role. */
export interface RoleScale {
  role: Role;
  /** Weight entries on criteria that judge this role. */
  entries: WeightEntry[];
  /** 5 x the sum of those weights: the best possible weighted fit. */
  denominator: number;
}

export function roleScale(catalog: Catalog, weights: Weights, role: Role): RoleScale {
  const judges = new Set(catalog.criteria.filter((c) => c.roles.includes(role)).map((c) => c.id));
  const entries = weights.entries.filter((e) => judges.has(e.criterion));
  const denominator = 5 * entries.reduce((sum, e) => sum + e.weight, 0);
  return { role, entries, denominator };
}

/** Neutral score when no answer weighs on a role at all. */
export const NEUTRAL_SCORE = 50;

/**
 * Points a radar ring costs: a technology on trial or under assessment must win by more than an
 * adopted one. (`hold` is never picked at all.)
 */
export const RADAR_PENALTY: Record<Status, number> = { adopt: 0, trial: 3, assess: 8, hold: 0 };

const RADAR_SOURCE: Record<Status, WeightSource> = {
  adopt: { question: null, option: null, because: '' },
  trial: { question: null, option: null, because: 'it is on trial in the radar, not yet adopted' },
  assess: { question: null, option: null, because: 'it is only being assessed in the radar' },
  hold: { question: null, option: null, because: '' },
};

/** The score alone, without the breakdown: what sensitivity re-runs need. */
export function scoreOnly(tech: Technology, scale: RoleScale): number {
  let score = NEUTRAL_SCORE;
  if (scale.denominator > 0) {
    let sum = 0;
    for (const e of scale.entries) sum += e.weight * (tech.fit[e.criterion]?.score ?? 0);
    score = Math.min(100, (100 * sum) / scale.denominator);
  }
  return score - Math.min(score, RADAR_PENALTY[tech.status]);
}

/**
 * Score a technology in a role. Guarantees: the score is finite and within 0-100, and the
 * contributions' points add up to it.
 */
export function scoreCandidate(tech: Technology, scale: RoleScale): RoleScore {
  const base = weightedFit(tech, scale);
  const penalty = Math.min(base.score, RADAR_PENALTY[tech.status]);
  if (penalty === 0) return base;
  return {
    score: base.score - penalty,
    contributions: [
      ...base.contributions,
      { source: RADAR_SOURCE[tech.status], points: -penalty, criteria: [] },
    ],
    byCriterion: base.byCriterion,
  };
}

function weightedFit(tech: Technology, scale: RoleScale): RoleScore {
  if (scale.denominator === 0)
    return { score: NEUTRAL_SCORE, contributions: [], byCriterion: new Map() };
  const bySource = new Map<WeightSource, Contribution>();
  const byCriterion = new Map<string, number>();
  let score = 0;
  for (const e of scale.entries) {
    const fit = tech.fit[e.criterion]?.score ?? 0;
    const points = (100 * e.weight * fit) / scale.denominator;
    score += points;
    byCriterion.set(e.criterion, (byCriterion.get(e.criterion) ?? 0) + points);
    let c = bySource.get(e.source);
    if (!c) {
      c = { source: e.source, points: 0, criteria: [] };
      bySource.set(e.source, c);
    }
    c.points += points;
    c.criteria.push({ criterion: e.criterion, points });
  }
  const contributions = [...bySource.values()]
    .filter((c) => c.points > 0)
    .sort((a, b) => b.points - a.points);
  return { score: Math.min(100, Math.max(0, score)), contributions, byCriterion };
}
