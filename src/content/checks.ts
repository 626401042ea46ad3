/**
 * Stage 3 of the content pipeline: rules that span files. Every reference must resolve, ids are
 * unique and permanent, the criteria vocabulary is closed, and the public questionnaire contract
 * (question and option ids carried by share links) is intact. Pure. Build time only.
 */
import type * as z from 'zod';
import type { ContentError, ParsedFile, PathKey } from './parse.ts';
import { rolesOf } from './vocabulary.ts';
import type {
  Category,
  Condition,
  DatabaseRole,
  CriteriaFrontMatterSchema,
  PitfallFrontMatterSchema,
  QuestionFrontMatterSchema,
  Role,
  ScenarioFrontMatterSchema,
  TECHNOLOGY_SCHEMAS,
} from './schema.ts';

export interface Located<T> {
  file: ParsedFile;
  data: T;
}

export type CriteriaData = z.infer<typeof CriteriaFrontMatterSchema>;
export type TechnologyData = z.infer<(typeof TECHNOLOGY_SCHEMAS)[Category]> & {
  language?: string | string[];
  databases?: string[];
  roles?: DatabaseRole[];
  framework?: string;
};
export type QuestionData = z.infer<typeof QuestionFrontMatterSchema>;
export type PitfallData = z.infer<typeof PitfallFrontMatterSchema>;
export type ScenarioData = z.infer<typeof ScenarioFrontMatterSchema>;

export interface ValidatedContent {
  criteria: Located<CriteriaData> | null;
  /**
   * Technologies whose file failed validation but whose id and category are known: references to
   * them are not reported again, so one broken file gives one error, not a cascade.
   */
  unvalidated: { id: string; category: Category; roles: Role[] }[];
  technologies: (Located<TechnologyData> & { category: Category })[];
  questions: Located<QuestionData>[];
  pitfalls: Located<PitfallData>[];
  scenarios: Located<ScenarioData>[];
}

/**
 * The questionnaire every share link may carry (PRODUCT.md). Removing or renaming any of these
 * breaks links already pasted into design docs; an `aliases` entry keeps an old id working.
 */
export const PUBLIC_QUESTIONS: Record<string, { kind: 'single' | 'multiple'; options: string[] }> =
  {
    'team-language': {
      kind: 'single',
      options: [
        'typescript',
        'python',
        'go',
        'rust',
        'none',
        'java',
        'kotlin',
        'csharp',
        'ruby',
        'php',
        'elixir',
      ],
    },
    workload: {
      kind: 'multiple',
      options: [
        'crud-api',
        'realtime',
        'data-ml',
        'high-concurrency',
        'cli-tooling',
        'systems',
        'event-driven',
        'wasm',
        'write-heavy',
        'embedded',
      ],
    },
    priorities: {
      kind: 'multiple',
      options: [
        'time-to-market',
        'performance',
        'memory-safety',
        'type-safety',
        'simple-deploy',
        'batteries-included',
        'ecosystem',
      ],
    },
    'data-shape': { kind: 'single', options: ['relational', 'flexible', 'key-value'] },
    consistency: { kind: 'single', options: ['critical', 'important', 'relaxed'] },
    'query-needs': {
      kind: 'multiple',
      options: ['complex-queries', 'full-text', 'geospatial', 'json', 'analytics', 'large-files'],
    },
    scale: { kind: 'single', options: ['small', 'growing', 'massive'] },
    'fast-data': {
      kind: 'multiple',
      options: ['caching', 'sessions', 'rate-limiting', 'leaderboards', 'pubsub', 'sub-ms-latency'],
    },
    messaging: { kind: 'single', options: ['none', 'jobs', 'routing', 'streaming'] },
    architecture: { kind: 'single', options: ['monolith', 'microservices', 'undecided'] },
    'team-size': { kind: 'single', options: ['solo', 'small', 'large'] },
    'api-style': { kind: 'single', options: ['rest', 'typesafe-rpc'] },
  };

/** The stack roles a technology can fill. */
/** A framework's or ORM's languages, as a list. */
export function languagesOf(tech: { language?: string | string[] }): string[] {
  return tech.language === undefined
    ? []
    : Array.isArray(tech.language)
      ? tech.language
      : [tech.language];
}

function fileId(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.md$/, '');
}

function closest(value: string, candidates: Iterable<string>): string {
  let best = '';
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(value, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(value.length / 3))
    ? ` Did you mean "${best}"?`
    : '';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min(
        (row[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

/** Run every cross-file rule. Returns the errors, in file order. */
export function checkContent(
  content: ValidatedContent,
  contract: Record<string, { kind: 'single' | 'multiple'; options: string[] }> = PUBLIC_QUESTIONS,
): ContentError[] {
  const errors: ContentError[] = [];
  const err = (file: ParsedFile, path: readonly PathKey[], message: string, key = false) =>
    errors.push(file.errorAt(path, message, { key }));

  // Ids equal file names, so links and files never drift apart.
  const all: Located<{ id: string }>[] = [
    ...content.technologies,
    ...content.questions,
    ...content.pitfalls,
    ...content.scenarios,
  ];
  for (const entry of all) {
    const expected = fileId(entry.file.path);
    if (entry.data.id !== expected)
      err(
        entry.file,
        ['id'],
        `The id "${entry.data.id}" must match the file name "${expected}.md". Rename the file or change the id.`,
      );
  }

  // Criteria: the closed vocabulary.
  const criteria = new Map<string, Role[]>();
  const scopedTo = new Map<string, { ids: string[]; index: number }>();
  if (content.criteria) {
    const { file, data } = content.criteria;
    data.criteria.forEach((c, i) => {
      if (criteria.has(c.id))
        err(file, ['criteria', i, 'id'], `The criterion "${c.id}" is defined twice.`);
      criteria.set(c.id, c.roles);
      if (c.technologies) scopedTo.set(c.id, { ids: c.technologies, index: i });
    });
    for (const key of Object.keys(data.baseline ?? {}))
      if (!criteria.has(key))
        err(
          file,
          ['baseline', key],
          `"${key}" is not a criterion defined in this file.${closest(key, criteria.keys())}`,
          true,
        );
  }
  const unknownCriterion = (id: string) =>
    `"${id}" is not a known criterion. Criteria are listed in content/criteria.md.${closest(id, criteria.keys())}`;

  // Technologies.
  const techs = new Map<string, { category: Category; roles: Role[]; file: ParsedFile | null }>();
  const uniqueIn = <
    T extends { file: ParsedFile; data: { id: string; aliases?: string[] | undefined } },
  >(
    entries: T[],
    what: string,
  ) => {
    const owner = new Map<string, string>();
    for (const { file, data } of entries) {
      const prev = owner.get(data.id);
      if (prev) err(file, ['id'], `Another ${what} already uses the id "${data.id}" (in ${prev}).`);
      else owner.set(data.id, file.path);
    }
    for (const { file, data } of entries)
      (data.aliases ?? []).forEach((alias, i) => {
        const prev = owner.get(alias);
        if (prev && prev !== file.path)
          err(
            file,
            ['aliases', i],
            `The alias "${alias}" is already the id or alias of another ${what} (in ${prev}).`,
          );
        else owner.set(alias, file.path);
      });
  };
  uniqueIn(content.technologies, 'technology');
  for (const t of content.unvalidated)
    techs.set(t.id, { category: t.category, roles: t.roles, file: null });
  for (const t of content.technologies)
    techs.set(t.data.id, {
      category: t.category,
      roles: rolesOf({ category: t.category, roles: t.data.roles }),
      file: t.file,
    });
  const techRef = (
    file: ParsedFile,
    path: readonly PathKey[],
    id: string,
    want: Category,
    extra?: (role: Role[]) => string | null,
  ) => {
    const t = techs.get(id);
    if (!t) {
      err(
        file,
        path,
        `"${id}" is not a known technology.${closest(
          id,
          [...techs].filter(([, v]) => v.category === want).map(([k]) => k),
        )}`,
      );
      return;
    }
    if (t.category !== want) {
      err(file, path, `"${id}" is a ${t.category}, but a ${want} is needed here.`);
      return;
    }
    const problem = extra?.(t.roles);
    if (problem) err(file, path, problem);
  };
  if (content.criteria)
    for (const [id, { ids, index }] of scopedTo)
      ids.forEach((techId, i) => {
        if (!techs.has(techId))
          err(
            content.criteria!.file,
            ['criteria', index, 'technologies', i],
            `"${techId}" is not a known technology (criterion "${id}").${closest(techId, techs.keys())}`,
          );
      });
  for (const { file, data, category } of content.technologies) {
    const roles = rolesOf({ category, roles: data.roles });
    for (const key of Object.keys(data.fit)) {
      const applies = criteria.get(key);
      if (!applies) err(file, ['fit', key], unknownCriterion(key), true);
      else if (!applies.some((r) => roles.includes(r)))
        err(
          file,
          ['fit', key],
          `The criterion "${key}" judges ${applies.join(', ')}, not a ${roles.join(' or ')}: remove this score.`,
          true,
        );
      else if (scopedTo.has(key) && !scopedTo.get(key)!.ids.includes(data.id))
        err(
          file,
          ['fit', key],
          languagesOf(data).some((l) => scopedTo.get(key)!.ids.includes(l))
            ? `The criterion "${key}" is scored on the language ${languagesOf(data).join(', ')}; its frameworks and ORMs inherit that score: remove this one.`
            : `The criterion "${key}" only judges ${scopedTo.get(key)!.ids.join(', ')} (its "technologies" in content/criteria.md): remove this score, or add "${data.id}" there.`,
          true,
        );
    }
    // Every criterion that judges the technology's role needs a score, even 0, with its why:
    // a missing score would silently count as 0 and lose for no stated reason.
    if (content.criteria) {
      const missing = content.criteria.data.criteria
        .filter(
          (c) =>
            c.roles.some((r) => roles.includes(r)) &&
            (!c.technologies || c.technologies.includes(data.id)) &&
            !(c.id in data.fit),
        )
        .map((c) => `"${c.id}"`);
      if (missing.length > 0)
        err(
          file,
          ['fit'],
          `Score every criterion that judges a ${roles.join(' or ')}; missing ${missing.join(', ')}. Write 0 with a why where it does not apply.`,
          true,
        );
    }
    if (typeof data.language === 'string') techRef(file, ['language'], data.language, 'language');
    else (data.language ?? []).forEach((l, i) => techRef(file, ['language', i], l, 'language'));
    if (data.framework !== undefined) {
      techRef(file, ['framework'], data.framework, 'framework');
      const fw = content.technologies.find((t) => t.data.id === data.framework);
      if (fw && !languagesOf(data).every((l) => languagesOf(fw.data).includes(l)))
        err(
          file,
          ['framework'],
          `"${data.framework}" is a ${languagesOf(fw.data).join(', ') || 'different'} framework, but this ORM is for ${languagesOf(data).join(', ') || 'another language'}.`,
        );
    }
    (data.databases ?? []).forEach((db, i) =>
      techRef(file, ['databases', i], db, 'database', (r) =>
        r.includes('database')
          ? null
          : `"${db}" cannot be a primary database (its roles), so an ORM cannot target it.`,
      ),
    );
  }

  // Questions.
  uniqueIn(content.questions, 'question');
  const questions = new Map<
    string,
    { kind: 'single' | 'multiple'; options: Set<string>; order: number }
  >();
  for (const { data } of content.questions)
    questions.set(data.id, {
      kind: data.kind,
      order: data.order,
      options: new Set(data.options.map((o) => o.id)),
    });
  const orders = new Map<number, string>();
  for (const { file, data } of content.questions) {
    const other = orders.get(data.order);
    if (other)
      err(
        file,
        ['order'],
        `The question "${other}" already has order ${data.order}; pick another number.`,
      );
    else orders.set(data.order, data.id);
    const optionIds = new Map<string, number>();
    data.options.forEach((o, i) => {
      for (const id of [o.id, ...(o.aliases ?? [])]) {
        if (optionIds.has(id))
          err(file, ['options', i, 'id'], `Two options of this question use the id "${id}".`);
        optionIds.set(id, i);
      }
      for (const key of Object.keys(o.weights ?? {}))
        if (!criteria.has(key))
          err(file, ['options', i, 'weights', key], unknownCriterion(key), true);
    });
    (data.default ?? []).forEach((d, i) => {
      if (!data.options.some((o) => o.id === d))
        err(
          file,
          ['default', i],
          `"${d}" is not one of this question's options.${closest(d, optionIds.keys())}`,
        );
    });
    if (data.kind === 'single' && (data.default?.length ?? 0) > 1)
      err(file, ['default'], 'A single-choice question can assume at most one option.');
    if (data.max !== undefined) {
      if (data.kind === 'single')
        err(file, ['max'], '"max" only applies to multiple-choice questions; remove it.', true);
      else if (data.max > data.options.length)
        err(
          file,
          ['max'],
          `"max" is ${data.max} but there are only ${data.options.length} options.`,
        );
      if ((data.default?.length ?? 0) > data.max)
        err(file, ['default'], `The default picks more than "max" (${data.max}) options.`);
    }
    if (data.when)
      checkCondition(data.when, file, ['when'], (q) => {
        const target = questions.get(q);
        return target && target.order >= data.order
          ? `A question can only depend on questions asked before it; "${q}" comes later.`
          : null;
      });
  }
  const publicIds = new Map<string, Set<string>>();
  for (const { data } of content.questions)
    for (const id of [data.id, ...(data.aliases ?? [])])
      publicIds.set(id, new Set(data.options.flatMap((o) => [o.id, ...(o.aliases ?? [])])));
  if (Object.keys(contract).length > 0) {
    const anchor = content.questions[0]?.file;
    for (const [id, spec] of Object.entries(contract)) {
      const options = publicIds.get(id);
      if (!options) {
        errors.push({
          file: 'content/questions',
          line: 1,
          col: 1,
          message: `The question "${id}" is part of every share link and must exist (or be listed in another question's "aliases").`,
        });
        continue;
      }
      const q = content.questions.find((x) => x.data.id === id || x.data.aliases?.includes(id));
      const file = q?.file ?? anchor;
      if (!file) continue;
      if (q && q.data.kind !== spec.kind)
        err(file, ['kind'], `"${id}" must stay ${spec.kind} choice: share links depend on it.`);
      for (const option of spec.options)
        if (!options.has(option))
          err(
            file,
            ['options'],
            `The option "${option}" is part of share links and must stay (or be listed in another option's "aliases").`,
            true,
          );
    }
  }

  function stackAtoms(cond: Condition): Extract<Condition, { stack: Role }>[] {
    if ('all' in cond) return cond.all.flatMap(stackAtoms);
    if ('any' in cond) return cond.any.flatMap(stackAtoms);
    if ('not' in cond) return stackAtoms(cond.not);
    return 'stack' in cond ? [cond] : [];
  }

  function checkCondition(
    cond: Condition,
    file: ParsedFile,
    path: PathKey[],
    extraQuestionRule?: (q: string) => string | null,
  ): void {
    if ('all' in cond)
      cond.all.forEach((c, i) => checkCondition(c, file, [...path, 'all', i], extraQuestionRule));
    else if ('any' in cond)
      cond.any.forEach((c, i) => checkCondition(c, file, [...path, 'any', i], extraQuestionRule));
    else if ('not' in cond) checkCondition(cond.not, file, [...path, 'not'], extraQuestionRule);
    else if ('answer' in cond) {
      const q = questions.get(cond.answer);
      if (!q) {
        err(
          file,
          [...path, 'answer'],
          `"${cond.answer}" is not a known question.${closest(cond.answer, questions.keys())}`,
        );
        return;
      }
      const problem = extraQuestionRule?.(cond.answer);
      if (problem) err(file, [...path, 'answer'], problem);
      if ('in' in cond)
        cond.in.forEach((o, i) => {
          if (!q.options.has(o))
            err(
              file,
              [...path, 'in', i],
              `"${o}" is not an option of the question "${cond.answer}".${closest(o, q.options)}`,
            );
        });
    } else if ('in' in cond) {
      const role = cond.stack;
      cond.in.forEach((id, i) => {
        const t = techs.get(id);
        if (!t)
          err(
            file,
            [...path, 'in', i],
            `"${id}" is not a known technology.${closest(id, techs.keys())}`,
          );
        else if (!t.roles.includes(role))
          err(
            file,
            [...path, 'in', i],
            `"${id}" cannot fill the ${role} role, so this condition could never hold.`,
          );
      });
    }
  }

  // Pitfalls.
  uniqueIn(content.pitfalls, 'pitfall');
  for (const { file, data } of content.pitfalls) {
    checkCondition(data.when, file, ['when']);
    // A penalty is charged to one pick, so the condition must be about one role's picks.
    if (data.penalty !== undefined) {
      const picks = stackAtoms(data.when);
      const roles = new Set(picks.map((a) => a.stack));
      if (picks.length === 0 || roles.size > 1 || picks.some((a) => !('in' in a)))
        err(
          file,
          ['penalty'],
          'A penalty is charged to the pick a pitfall is about, so its "when" must name picks of exactly one role ({ stack: <role>, in: [...] }) and no "absent" test. Remove the penalty or narrow the condition.',
          true,
        );
    }
  }
  const pitfallIds = new Set(content.pitfalls.map((p) => p.data.id));

  // Scenarios.
  uniqueIn(content.scenarios, 'scenario');
  for (const { file, data } of content.scenarios) {
    for (const [qid, answer] of Object.entries(data.answers)) {
      const q = questions.get(qid);
      if (!q) {
        err(
          file,
          ['answers', qid],
          `"${qid}" is not a known question.${closest(qid, questions.keys())}`,
          true,
        );
        continue;
      }
      if (q.kind === 'single' && Array.isArray(answer))
        err(file, ['answers', qid], `"${qid}" is single choice: write one option, not a list.`);
      if (q.kind === 'multiple' && !Array.isArray(answer))
        err(file, ['answers', qid], `"${qid}" is multiple choice: write a list, like [${answer}].`);
      const values = Array.isArray(answer) ? answer : [answer];
      values.forEach((o, i) => {
        if (!q.options.has(o))
          err(
            file,
            Array.isArray(answer) ? ['answers', qid, i] : ['answers', qid],
            `"${o}" is not an option of the question "${qid}".${closest(o, q.options)}`,
          );
      });
    }
    (data.exclude ?? []).forEach((id, i) => {
      if (!techs.has(id))
        err(file, ['exclude', i], `"${id}" is not a known technology.${closest(id, techs.keys())}`);
    });
    for (const [role, ids] of Object.entries(data.expect.accept) as [Role, string[]][])
      ids.forEach((id, i) => {
        const path = ['expect', 'accept', role, i];
        if (id === 'none') {
          if (role === 'language' || role === 'framework' || role === 'database')
            err(file, path, `Every stack has a ${role}; "none" cannot be accepted here.`);
          return;
        }
        const t = techs.get(id);
        if (!t) err(file, path, `"${id}" is not a known technology.${closest(id, techs.keys())}`);
        else if (!t.roles.includes(role)) err(file, path, `"${id}" cannot fill the ${role} role.`);
      });
    for (const key of ['pitfalls', 'notPitfalls'] as const)
      (data.expect[key] ?? []).forEach((id, i) => {
        if (!pitfallIds.has(id))
          err(
            file,
            ['expect', key, i],
            `"${id}" is not a known pitfall.${closest(id, pitfallIds)}`,
          );
      });
  }

  return errors;
}
