import { describe, expect, it } from 'vitest';
import { loadCatalog } from './load.ts';
import { contentWarnings } from './warnings.ts';
import type { CompiledCatalog, CompiledTechnology } from './types.ts';

describe('content warnings', () => {
  it('the shipped catalog has data access for every language and primary database that work together', () => {
    const catalog = loadCatalog(process.cwd()).catalog!;
    // Ruby and PHP have no maintained Cassandra driver (the DataStax ones are retired): a real gap,
    // not a missing module.
    expect(contentWarnings(catalog, new Date('2026-12-02')).map((w) => w.message)).toEqual([
      expect.stringMatching(/^PHP has no data access for Apache Cassandra/),
      expect.stringMatching(/^Ruby has no data access for Apache Cassandra/),
    ]);
  });

  it('names a language without data access for a database (a framework’s own ORM counts too), and a module not reviewed for a year', () => {
    const tech = (
      t: Partial<CompiledTechnology> & Pick<CompiledTechnology, 'id' | 'category'>,
    ): CompiledTechnology => ({
      name: t.id.toUpperCase(),
      summary: '',
      status: 'adopt',
      reviewed: '2026-11-01',
      links: [],
      fit: {},
      aliases: [],
      sections: {},
      intro: '',
      source: `content/technologies/${t.category}/${t.id}.md`,
      ...t,
    });
    const catalog: CompiledCatalog = {
      fingerprint: 'test',
      criteria: [],
      baseline: {},
      questions: [],
      pitfalls: [],
      scenarios: [],
      technologies: [
        tech({ id: 'ts', category: 'language' }),
        tech({ id: 'py', category: 'language' }),
        tech({ id: 'lone', category: 'language' }),
        tech({ id: 'express', category: 'framework', languages: ['ts'] }),
        tech({ id: 'django', category: 'framework', languages: ['py'] }),
        tech({ id: 'pg', category: 'database', roles: ['primary'], reviewed: '2025-06-01' }),
        tech({ id: 'mongo', category: 'database', roles: ['primary'] }),
        tech({ id: 'prisma', category: 'orm', languages: ['ts'], databases: ['pg', 'mongo'] }),
        tech({
          id: 'django-orm',
          category: 'orm',
          languages: ['py'],
          framework: 'django',
          databases: ['pg'],
        }),
      ],
    };
    expect(contentWarnings(catalog, new Date('2026-12-02'))).toEqual([
      {
        file: 'content/technologies/language/py.md',
        message:
          'PY has no data access for MONGO: add an ORM or driver module (content/technologies/orm/) with "language: py" and mongo in its "databases", or its stacks on MONGO go without one.',
      },
      {
        file: 'content/technologies/database/pg.md',
        message:
          'PG was last reviewed on 2025-06-01, 18 months ago: check its facts and scores against its current documentation, then update "reviewed".',
      },
    ]);
  });
});
