/**
 * Scoring one technology in one role: the answers become criterion weights, and a candidate's
 * score is its weighted fit (0-5 per criterion) scaled to 0-100, split by the answer that
 * contributed each point. Pure.
 */
import type { Catalog, Need, Role, Status, Technology } from '../content/types.ts';
import type { EffectiveAnswers } from './answers.ts';

/**
 * Where points came from: an answer (question + option), the catalog's baseline, the radar ring
 * or a pitfall about the pick.
 */
export interface WeightSource {
  kind: 'answer' | 'baseline' | 'radar' | 'pitfall';
  question: string | null;
  option: string | null;
  /** Completes "+18 because ...". */
  because: string;
  /** For kind "pitfall": the pitfall's id. */
  pitfall?: string;
}

/**
 * One criterion behind a reason: the fit score. The content's `why` for it is prose, which the
 * page looks up by technology and criterion (the scoring index carries no prose).
 */
export interface Evidence {
  criterion: string;
  /** The technology's 0-5 fit on the criterion. */
  fit: number;
  /** Points this criterion adds to the score. */
  points: number;
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

export const BASELINE_BECAUSE = 'every stack is weighed on the maturity of its ecosystem';

/** Turn effective answers into criterion weights and role needs, in questionnaire order. */
export function weighAnswers(catalog: Catalog, answers: EffectiveAnswers): Weights {
  const entries: WeightEntry[] = [];
  const needs: NeedReason[] = [];
  const baseline: WeightSource = {
    kind: 'baseline',
    question: null,
    option: null,
    because: BASELINE_BECAUSE,
  };
  for (const [criterion, weight] of Object.entries(catalog.baseline))
    entries.push({
      source: baseline,
      criterion,
      weight,
    });
  for (const q of catalog.questions) {
    const chosen = answers.values.get(q.id);
    if (!chosen) continue;
    for (const o of q.options) {
      if (!chosen.includes(o.id)) continue;
      const source: WeightSource = {
        kind: 'answer',
        question: q.id,
        option: o.id,
        because: o.because,
      };
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
  /** Points out of 100 this answer added to the score (negative for a radar or pitfall cost). */
  points: number;
  /** The criteria behind the points, largest first (empty for costs). */
  evidence: Evidence[];
}

/** A cost charged to one candidate's role score: a pitfall about the pick. */
export interface Cost {
  source: WeightSource;
  points: number;
}

export interface RoleScore {
  /** 0-100. */
  score: number;
  /** Largest first; the points add up to the score. */
  contributions: Contribution[];
}

/** Precomputed per-role data shared by every candidate of a role. */
export interface RoleScale {
  role: Role;
  /** Weight entries on criteria that judge this role. */
  entries: WeightEntry[];
  /** 5 x the sum of those weights: the best possible weighted fit. */
  denominator: number;
  /** Total weight per criterion, for comparing two candidates criterion by criterion. */
  totals: { criterion: string; weight: number }[];
}

/** The weights that judge `role`; `judges` is the set of criteria whose roles include it. */
export function roleScale(judges: ReadonlySet<string>, weights: Weights, role: Role): RoleScale {
  const entries = weights.entries.filter((e) => judges.has(e.criterion));
  const denominator = 5 * entries.reduce((sum, e) => sum + e.weight, 0);
  const totals = new Map<string, number>();
  for (const e of entries) totals.set(e.criterion, (totals.get(e.criterion) ?? 0) + e.weight);
  return {
    role,
    entries,
    denominator,
    totals: [...totals].map(([criterion, weight]) => ({ criterion, weight })),
  };
}

/** Neutral score when no answer weighs on a role at all. */
export const NEUTRAL_SCORE = 50;

/**
 * Points a radar ring costs: a technology on trial or under assessment must win by more than an
 * adopted one. (`hold` is never picked at all.)
 */
export const RADAR_PENALTY: Record<Status, number> = { adopt: 0, trial: 3, assess: 8, hold: 0 };

const radar = (because: string): WeightSource => ({
  kind: 'radar',
  question: null,
  option: null,
  because,
});
const RADAR_SOURCE: Record<Status, WeightSource> = {
  adopt: radar(''),
  trial: radar('it is on trial in the radar, not yet adopted'),
  assess: radar('it is only being assessed in the radar'),
  hold: radar(''),
};

/**
 * Every technology's fit as a dense row of numbers, built once per catalog, so that re-ranking
 * (sensitivity runs many) is a few multiply-adds per technology with no lookups or garbage.
 */
export interface FitMatrix {
  criterionIndex: Map<string, number>;
  /** fits[t * criteria + c]: technology t's fit (0-5) on criterion c. */
  fits: Float64Array;
  criteria: number;
  techIndex: Map<string, number>;
  penalty: Float64Array;
}

export function buildFitMatrix(catalog: Catalog): FitMatrix {
  const criterionIndex = new Map(catalog.criteria.map((c, i) => [c.id, i]));
  const n = catalog.criteria.length;
  const fits = new Float64Array(catalog.technologies.length * n);
  const penalty = new Float64Array(catalog.technologies.length);
  const techIndex = new Map<string, number>();
  catalog.technologies.forEach((t, i) => {
    techIndex.set(t.id, i);
    penalty[i] = RADAR_PENALTY[t.status];
    for (const [criterion, fit] of Object.entries(t.fit)) {
      const c = criterionIndex.get(criterion);
      if (c !== undefined) fits[i * n + c] = fit.score;
    }
  });
  return { criterionIndex, fits, criteria: n, techIndex, penalty };
}

/**
 * Scores of the given technologies in one role, as a dense array indexed like the catalog. The
 * same numbers as `scoreCandidate(...).score`, without the breakdown.
 */
export function scoreRole(
  matrix: FitMatrix,
  scale: RoleScale,
  members: readonly Technology[],
  out: Float64Array,
  costs?: ReadonlyMap<string, readonly Cost[]>,
): void {
  const idx: number[] = [];
  const w: number[] = [];
  for (const e of scale.entries) {
    const c = matrix.criterionIndex.get(e.criterion);
    if (c !== undefined) {
      idx.push(c);
      w.push(e.weight);
    }
  }
  const n = matrix.criteria;
  for (const t of members) {
    const i = matrix.techIndex.get(t.id)!;
    let score = NEUTRAL_SCORE;
    if (scale.denominator > 0) {
      let sum = 0;
      const row = i * n;
      for (let k = 0; k < idx.length; k++) sum += w[k]! * matrix.fits[row + idx[k]!]!;
      score = Math.min(100, (100 * sum) / scale.denominator);
    }
    let cost = matrix.penalty[i]!;
    for (const c of costs?.get(t.id) ?? []) cost += c.points;
    out[i] = score - Math.min(score, cost);
  }
}

/** Points a candidate earns on one criterion (its share of the score). */
export function criterionPoints(
  tech: Technology,
  scale: RoleScale,
  criterion: string,
  weight: number,
): number {
  if (scale.denominator === 0) return 0;
  return (100 * weight * (tech.fit[criterion]?.score ?? 0)) / scale.denominator;
}

/**
 * Score a technology in a role, with what each answer contributed and the evidence behind it.
 * Guarantees: the score is finite and within 0-100, the contributions' points add up to it, and
 * it equals `scoreRole`'s number for the same technology, scale and costs.
 */
export function scoreCandidate(
  tech: Technology,
  scale: RoleScale,
  costs: readonly Cost[] = [],
): RoleScore {
  const contributions: Contribution[] = [];
  let score = NEUTRAL_SCORE;
  if (scale.denominator > 0) {
    score = 0;
    // Entries are grouped by source in questionnaire order, so one pass builds each contribution.
    for (const e of scale.entries) {
      const fit = tech.fit[e.criterion];
      const points = (100 * e.weight * (fit?.score ?? 0)) / scale.denominator;
      score += points;
      let last = contributions[contributions.length - 1];
      if (!last || last.source !== e.source) {
        last = { source: e.source, points: 0, evidence: [] };
        contributions.push(last);
      }
      last.points += points;
      if (points > 0) {
        const same = last.evidence.find((x) => x.criterion === e.criterion);
        if (same) same.points += points;
        else last.evidence.push({ criterion: e.criterion, fit: fit!.score, points });
      }
    }
    score = Math.min(100, score);
  }
  const kept = contributions.filter((c) => c.points > 0).sort((a, b) => b.points - a.points);
  for (const c of kept) c.evidence.sort((a, b) => b.points - a.points);
  // Costs never take a score below 0: the radar ring first, then pitfalls, each capped by what is left.
  let left = score;
  const charges: Cost[] = [
    ...(RADAR_PENALTY[tech.status] > 0
      ? [{ source: RADAR_SOURCE[tech.status], points: RADAR_PENALTY[tech.status] }]
      : []),
    ...costs,
  ];
  for (const c of charges) {
    const points = Math.min(left, c.points);
    if (points <= 0) continue;
    left -= points;
    kept.push({ source: c.source, points: -points, evidence: [] });
  }
  return { score: left, contributions: kept };
}
