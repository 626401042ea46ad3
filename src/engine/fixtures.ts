/**
 * A small hand-made catalog for engine tests: two languages, a few frameworks, two databases,
 * ORMs with partial database support, a cache and a broker. Test-only.
 */
import type { Catalog, CompiledCatalog, CompiledTechnology, Question } from '../content/types.ts';

type TechInput = Pick<CompiledTechnology, 'id' | 'category'> &
  Partial<Omit<CompiledTechnology, 'fit'>> & { fit?: Record<string, number> };

export function tech(input: TechInput): CompiledTechnology {
  const { fit = {}, ...rest } = input;
  return {
    name: input.id.toUpperCase(),
    summary: `${input.id} summary`,
    status: 'adopt',
    reviewed: '2026-11-01',
    links: [{ label: 'Docs', url: 'https://example.com/' }],
    aliases: [],
    sections: {},
    intro: '',
    source: `content/technologies/${input.category}/${input.id}.md`,
    ...rest,
    fit: Object.fromEntries(Object.entries(fit).map(([k, score]) => [k, { score, why: 'test' }])),
  };
}

function question(
  q: Partial<Question> & Pick<Question, 'id' | 'kind' | 'order' | 'options'>,
): Question {
  return {
    title: `${q.id}?`,
    default: [],
    aliases: [],
    help: '',
    source: `content/questions/${q.id}.md`,
    ...q,
  };
}

const option = (
  id: string,
  weights: Record<string, number>,
  needs: ('cache' | 'broker')[] = [],
) => ({
  id,
  label: id.charAt(0).toUpperCase() + id.slice(1),
  description: `${id} description`,
  because: `you chose ${id}`,
  weights,
  needs,
  declines: [],
  aliases: [],
});

export function smallCatalog(): CompiledCatalog {
  return {
    fingerprint: 'test',
    baseline: { ecosystem: 1 },
    criteria: [
      {
        id: 'ecosystem',
        label: 'Ecosystem',
        roles: ['language', 'framework', 'database', 'orm', 'broker'],
        description: '',
      },
      { id: 'knows-ts', label: 'TS skills', roles: ['language'], description: '' },
      { id: 'knows-py', label: 'Python skills', roles: ['language'], description: '' },
      { id: 'realtime', label: 'Real-time', roles: ['language', 'framework'], description: '' },
      { id: 'speed', label: 'Speed', roles: ['framework', 'orm', 'cache'], description: '' },
      { id: 'relational', label: 'Relational', roles: ['database'], description: '' },
      { id: 'flexible', label: 'Flexible', roles: ['database'], description: '' },
      { id: 'caching', label: 'Caching', roles: ['cache'], description: '' },
      { id: 'jobs', label: 'Jobs', roles: ['broker'], description: '' },
      { id: 'streams', label: 'Streams', roles: ['broker'], description: '' },
    ],
    technologies: [
      tech({ id: 'ts', category: 'language', fit: { 'knows-ts': 5, realtime: 5, ecosystem: 5 } }),
      tech({ id: 'py', category: 'language', fit: { 'knows-py': 5, realtime: 2, ecosystem: 5 } }),
      tech({ id: 'lone', category: 'language', fit: { ecosystem: 1 } }),
      tech({
        id: 'express',
        category: 'framework',
        languages: ['ts'],
        fit: { ecosystem: 5, speed: 2 },
      }),
      tech({
        id: 'fastify',
        category: 'framework',
        languages: ['ts'],
        fit: { ecosystem: 3, speed: 5 },
      }),
      tech({
        id: 'django',
        category: 'framework',
        languages: ['py'],
        fit: { ecosystem: 5, speed: 2 },
      }),
      tech({
        id: 'pg',
        category: 'database',
        roles: ['primary'],
        fit: { relational: 5, ecosystem: 5 },
      }),
      tech({
        id: 'mongo',
        category: 'database',
        roles: ['primary'],
        fit: { flexible: 5, ecosystem: 4 },
      }),
      tech({ id: 'redis', category: 'database', roles: ['cache'], fit: { caching: 5, speed: 5 } }),
      tech({
        id: 'prisma',
        category: 'orm',
        languages: ['ts'],
        databases: ['pg', 'mongo'],
        fit: { ecosystem: 4 },
      }),
      tech({
        id: 'drizzle',
        category: 'orm',
        languages: ['ts'],
        databases: ['pg'],
        fit: { ecosystem: 3, speed: 5 },
      }),
      tech({ id: 'rabbit', category: 'broker', fit: { jobs: 5, ecosystem: 4 } }),
      tech({ id: 'kafka', category: 'broker', fit: { streams: 5, ecosystem: 4 } }),
    ],
    questions: [
      question({
        id: 'lang',
        kind: 'single',
        order: 1,
        default: ['none'],
        options: [
          option('ts', { 'knows-ts': 6 }),
          option('py', { 'knows-py': 6 }),
          option('none', {}),
        ],
      }),
      question({
        id: 'work',
        kind: 'multiple',
        order: 2,
        max: 2,
        options: [
          option('realtime', { realtime: 5 }),
          option('fast', { speed: 5 }),
          option('cached', { caching: 3 }, ['cache']),
        ],
      }),
      question({
        id: 'data',
        kind: 'single',
        order: 3,
        default: ['relational'],
        options: [option('relational', { relational: 5 }), option('flexible', { flexible: 5 })],
      }),
      question({
        id: 'msg',
        kind: 'single',
        order: 4,
        when: { not: { answer: 'lang', in: ['none'] } },
        options: [
          option('none', {}),
          option('jobs', { jobs: 5 }, ['broker']),
          option('streams', { streams: 5 }, ['broker']),
        ],
      }),
    ],
    pitfalls: [
      {
        id: 'mongo-relational',
        title: 'Mongo for relational data',
        severity: 'high',
        summary: 'Use pg.',
        when: {
          all: [
            { answer: 'data', in: ['relational'] },
            { stack: 'database', in: ['mongo'] },
          ],
        },
        penalty: 10,
        links: [],
        advice: '<p>Use pg.</p>',
        source: 'content/pitfalls/mongo-relational.md',
      },
      {
        id: 'no-cache',
        title: 'No cache',
        severity: 'low',
        summary: 'Cache.',
        when: { stack: 'cache', absent: true },
        penalty: 0,
        links: [],
        advice: '<p>Cache.</p>',
        source: 'content/pitfalls/no-cache.md',
      },
    ],
    scenarios: [],
  };
}

/** A copy of the catalog with some technologies put on hold. */
export function withHold(catalog: Catalog, ids: readonly string[]): Catalog {
  return {
    ...catalog,
    technologies: catalog.technologies.map((t) =>
      ids.includes(t.id) ? { ...t, status: 'hold' } : t,
    ),
  };
}
