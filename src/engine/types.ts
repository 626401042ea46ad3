/**
 * What `recommend` returns: the whole result a page, an export or a test reads. Types only.
 */
import type { Link, Role, Severity } from '../content/types.ts';
import type { Answers, Assumption, StackPick } from './answers.ts';
import type { Trigger } from './pitfalls.ts';

export type { Answers, Assumption, StackPick } from './answers.ts';
export type { Trigger } from './pitfalls.ts';

export interface RecommendInput {
  answers: Answers;
  /** Technology ids (or aliases) the person rules out. */
  exclude?: readonly string[];
}

export interface StackRole {
  role: Role;
  id: string;
  name: string;
  /** The technology's 0-100 score in this role. */
  score: number;
}

/** Stack points a pitfall about one of the stack's picks cost it. */
export interface StackRisk {
  pitfall: string;
  severity: Severity;
  role: Role;
  /** Points off the stack's score (its role's share of the pick's cost). */
  points: number;
}

export interface RankedStack {
  rank: number;
  /** 0-100: the weighted mean of its roles' scores. */
  score: number;
  picks: StackPick;
  roles: StackRole[];
  /** Why the stack has no ORM, when it has none. */
  ormNote?: string;
  /** Pitfalls about its picks, and what they cost it. */
  risks: StackRisk[];
}

export type CandidateStatus = 'picked' | 'eligible' | 'excluded' | 'hold' | 'incompatible';

/** One criterion behind a reason: "Data and ML 5/5" (the page adds the why from the prose). */
export interface EvidenceItem {
  criterion: string;
  label: string;
  /** The technology's 0-5 fit on it (its `why` is prose: TechnologyProse.why[criterion]). */
  fit: number;
  points: number;
}

export interface CandidateReason {
  /** An answer, the catalog baseline, the radar ring, or a pitfall about this pick. */
  kind: 'answer' | 'baseline' | 'radar' | 'pitfall';
  question: string | null;
  option: string | null;
  because: string;
  points: number;
  /** For kind "pitfall": its id. */
  pitfall?: string;
  /** The criteria (and their fit scores and whys) behind the points; empty for costs. */
  evidence: EvidenceItem[];
}

export interface LostOn {
  criterion: string;
  label: string;
  points: number;
  /** The answers that weigh on this criterion. */
  because: string[];
}

export interface Candidate {
  id: string;
  name: string;
  role: Role;
  /** 0-100 in this role, whatever the rest of the stack. */
  score: number;
  /** 1-based rank by score within the role. */
  rank: number;
  status: CandidateStatus;
  /** What each answer added, largest first; the points add up to the score. */
  reasons: CandidateReason[];
  /** For every candidate not picked: a plain sentence saying why. */
  whyNot?: string;
  /** Criteria it lost on against the pick, largest first. */
  lostOn: LostOn[];
  /** The best stack that uses it, when it can be in one. */
  bestStackScore?: number;
  /**
   * When it scored as well as the pick or better in its own role and still lost: the other role
   * whose pick made the best stack with it worse, and by how many stack points.
   */
  decidedBy?: { role: Role; points: number };
}

export interface RoleResult {
  role: Role;
  /** Cache and broker are only needed when an answer calls for them. */
  needed: boolean;
  /** Needed, but every candidate is ruled out or on hold: the stack goes without (see `note`). */
  unfilled: boolean;
  /** The answers that call for this role (cache and broker). */
  neededBecause: string[];
  candidates: Candidate[];
  /** Extra explanation, e.g. why there is no ORM, or that a needed role is left unfilled. */
  note?: string;
}

export interface TriggeredPitfall {
  id: string;
  title: string;
  severity: Severity;
  summary: string;
  advice: string;
  links: Link[];
  /** The answers (and picks) that made it fire. */
  triggeredBy: Trigger;
}

export interface Flip {
  question: string;
  /** The alternative answer. */
  answer: string[];
  /** "“Massive” instead of “Growing”", "adding “Real-time features”". */
  change: string;
  /** The new top stack. */
  stack: StackPick;
  /** Roles whose pick changes. */
  changed: Role[];
  /**
   * How far the new stack trails the top one under the current answers, in stack points: the
   * smaller, the closer the change.
   */
  trails: number;
}

export interface Sensitivity {
  /** Points between the top stack and the runner-up; null when there is no runner-up. */
  margin: number | null;
  flips: Flip[];
}

export interface Conflict {
  role: Role;
  message: string;
}

/** Something the page must say about how the answers were used. */
export interface ResultNote {
  kind: 'none-wins' | 'role-unfilled' | 'team-language';
  message: string;
  /** The questions the note is about, for "change this answer" links. */
  questions: string[];
  /** For "team-language": how to keep the team's language (rule out every other one). */
  keep?: { language: string; name: string; exclude: string[]; score: number };
}

export interface Recommendation {
  fingerprint: string;
  /** The answers the engine used: given, plus defaults for skipped questions. */
  answers: Record<string, string[]>;
  assumptions: Assumption[];
  /** Parts of the input that could not be used, in plain language. */
  ignored: string[];
  stacks: RankedStack[];
  /** Non-empty exactly when no stack can be formed; says which required roles cannot be filled. */
  conflicts: Conflict[];
  roles: RoleResult[];
  pitfalls: TriggeredPitfall[];
  notes: ResultNote[];
  sensitivity: Sensitivity;
}
