import { describe, expect, it } from 'vitest';
import { recommend, type RecommendInput } from './recommend.ts';
import { smallCatalog, withHold } from './fixtures.ts';

const catalog = smallCatalog();
const top = (input: RecommendInput, c = catalog) => recommend(c, input).stacks[0]?.picks;

describe('recommend on a hand-made catalog', () => {
  it.each<[string, RecommendInput, Record<string, string | undefined>]>([
    ['a TypeScript team gets TypeScript', { answers: { lang: ['ts'] } }, { language: 'ts' }],
    [
      'a Python team gets Python',
      { answers: { lang: ['py'] } },
      { language: 'py', framework: 'django' },
    ],
    [
      'a Python stack has no ORM when none supports it',
      { answers: { lang: ['py'] } },
      { language: 'py', database: 'pg', orm: undefined },
    ],
    [
      'speed picks the fast framework and ORM',
      { answers: { lang: ['ts'], work: ['fast'] } },
      { framework: 'fastify', orm: 'drizzle' },
    ],
    [
      'flexible data on TypeScript gets the ORM that supports it',
      { answers: { lang: ['ts'], data: ['flexible'] } },
      { database: 'mongo', orm: 'prisma' },
    ],
    [
      'no cache unless an answer calls for one',
      { answers: { lang: ['ts'] } },
      { cache: undefined, broker: undefined },
    ],
    [
      'a caching need adds the cache',
      { answers: { lang: ['ts'], work: ['cached'] } },
      { cache: 'redis' },
    ],
    [
      'job messaging adds the job broker',
      { answers: { lang: ['ts'], msg: ['jobs'] } },
      { broker: 'rabbit' },
    ],
    [
      'streaming adds the streaming broker',
      { answers: { lang: ['ts'], msg: ['streams'] } },
      { broker: 'kafka' },
    ],
    [
      'an excluded language is never picked',
      { answers: { lang: ['ts'] }, exclude: ['ts'] },
      { language: 'py' },
    ],
    [
      'excluding pg moves relational data to mongo',
      { answers: { lang: ['ts'] }, exclude: ['pg'] },
      { database: 'mongo', orm: 'prisma' },
    ],
    ['a language without frameworks is never picked', { answers: {}, exclude: ['ts', 'py'] }, {}],
  ])('%s', (_name, input, expected) => {
    const picks = top(input);
    if (Object.keys(expected).length === 0) {
      expect(picks).toBeUndefined();
      return;
    }
    for (const [role, id] of Object.entries(expected))
      expect(picks?.[role as 'language'], role).toBe(id);
  });

  it('never picks a technology on hold, and says why', () => {
    const held = withHold(catalog, ['ts']);
    const result = recommend(held, { answers: { lang: ['ts'] } });
    expect(result.stacks[0]?.picks.language).toBe('py');
    const ts = result.roles
      .find((r) => r.role === 'language')!
      .candidates.find((c) => c.id === 'ts')!;
    expect(ts.status).toBe('hold');
    expect(ts.whyNot).toMatch(/on hold/i);
  });

  it('says "you ruled it out" for exclusions', () => {
    const result = recommend(catalog, { answers: { lang: ['ts'] }, exclude: ['drizzle'] });
    const drizzle = result.roles
      .find((r) => r.role === 'orm')!
      .candidates.find((c) => c.id === 'drizzle')!;
    expect(drizzle.status).toBe('excluded');
    expect(drizzle.whyNot).toBe('You ruled it out.');
  });

  it('explains the missing ORM', () => {
    const result = recommend(catalog, { answers: { lang: ['py'] } });
    expect(result.stacks[0]?.ormNote).toBe(
      "The catalog has no ORM for PY: use PG's driver or a query builder.",
    );
    expect(result.roles.find((r) => r.role === 'orm')?.note).toBe(result.stacks[0]?.ormNote);
  });

  it('reports which constraints conflict instead of an arbitrary stack', () => {
    const result = recommend(catalog, {
      answers: { lang: ['ts'], msg: ['jobs'] },
      exclude: ['pg', 'mongo', 'rabbit', 'kafka'],
    });
    expect(result.stacks).toEqual([]);
    expect(result.conflicts).toEqual([
      {
        role: 'database',
        message:
          'Every primary database is ruled out: PG (ruled out by you), MONGO (ruled out by you).',
      },
      {
        role: 'broker',
        message:
          'You need a message broker (you chose jobs), but every one is ruled out: RABBIT (ruled out by you), KAFKA (ruled out by you).',
      },
    ]);
  });

  it('explains a framework of another language and a lost candidate by criteria', () => {
    const result = recommend(catalog, { answers: { lang: ['ts'], work: ['fast'] } });
    const frameworks = result.roles.find((r) => r.role === 'framework')!.candidates;
    expect(frameworks.find((c) => c.id === 'django')?.whyNot).toBe(
      'It is for PY; the recommended stack uses TS.',
    );
    const express = frameworks.find((c) => c.id === 'express')!;
    expect(express.status).toBe('eligible');
    expect(express.lostOn[0]).toMatchObject({ criterion: 'speed', because: ['you chose fast'] });
    expect(express.whyNot).toMatch(
      /^Scores \d+ against \d+ for FASTIFY; it lost most on Speed \(−\d+: you chose fast\)/,
    );
  });

  it('gives every candidate reasons whose points add up to its score', () => {
    const result = recommend(catalog, { answers: { lang: ['ts'], work: ['realtime', 'fast'] } });
    for (const role of result.roles)
      for (const c of role.candidates) {
        const sum = c.reasons.reduce((s, r) => s + r.points, 0);
        if (c.reasons.length > 0) expect(sum).toBeCloseTo(c.score, 6);
      }
    const ts = result.roles[0]!.candidates.find((c) => c.id === 'ts')!;
    expect(ts.reasons.map((r) => r.because)).toContain('you chose ts');
  });

  it('states assumptions for skipped questions and ignores unknown input with a notice', () => {
    const result = recommend(catalog, {
      answers: { work: ['realtime', 'teleport'], color: ['blue'] },
      exclude: ['cobol'],
    });
    expect(result.assumptions.map((a) => a.message)).toEqual([
      'You skipped “lang?”; assumed “None”.',
      'You skipped “data?”; assumed “Relational”.',
    ]);
    expect(result.ignored).toEqual([
      'There is no question “color”; its answer was ignored.',
      '“teleport” is not an option of “work?”; it was ignored.',
      'There is no technology “cobol” to exclude; it was ignored.',
    ]);
    // msg is hidden because lang defaults to none.
    expect(result.answers).toEqual({ lang: ['none'], work: ['realtime'], data: ['relational'] });
  });

  it('caps multiple choice at its max and keeps single choice to one option', () => {
    const result = recommend(catalog, {
      answers: { work: ['realtime', 'fast', 'cached'], lang: ['ts', 'py'] },
    });
    expect(result.answers.work).toEqual(['realtime', 'fast']);
    expect(result.answers.lang).toEqual(['ts']);
    expect(result.ignored).toHaveLength(2);
  });

  it('triggers pitfalls from answers and the picked stack', () => {
    const relationalOnMongo = recommend(catalog, { answers: { lang: ['ts'] }, exclude: ['pg'] });
    expect(relationalOnMongo.pitfalls.map((p) => p.id)).toEqual(['mongo-relational', 'no-cache']);
    const cached = recommend(catalog, { answers: { lang: ['ts'], work: ['cached'] } });
    expect(cached.pitfalls.map((p) => p.id)).toEqual([]);
  });

  it('reports what-if flips that really change the top stack', () => {
    const input = { answers: { lang: ['ts'] } };
    const result = recommend(catalog, input);
    const toPython = result.sensitivity.flips.find(
      (f) => f.question === 'lang' && f.answer[0] === 'py',
    );
    expect(toPython).toMatchObject({
      change: '“Py” instead of “Ts”',
      changed: ['language', 'framework', 'orm'],
    });
    expect(toPython?.stack.language).toBe('py');
    expect(result.sensitivity.margin).toBeGreaterThan(0);
  });

  it('breaks ties by id', () => {
    const tied = smallCatalog();
    tied.technologies = tied.technologies.map((t) =>
      t.id === 'fastify'
        ? { ...t, fit: tied.technologies.find((x) => x.id === 'express')!.fit }
        : t,
    );
    expect(recommend(tied, { answers: { lang: ['ts'] } }).stacks[0]?.picks.framework).toBe(
      'express',
    );
    expect(recommend(tied, { answers: { lang: ['ts'] } }).stacks[1]?.picks.framework).toBe(
      'fastify',
    );
  });
});
