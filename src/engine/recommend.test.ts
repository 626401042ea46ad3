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

  it('reports which required role cannot be filled instead of an arbitrary stack', () => {
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
    ]);
  });

  it('keeps the rest of the stack when every broker is ruled out, and says what to do', () => {
    const result = recommend(catalog, {
      answers: { lang: ['ts'], msg: ['jobs'] },
      exclude: ['rabbit', 'kafka'],
    });
    expect(result.conflicts).toEqual([]);
    expect(result.stacks[0]?.picks).toMatchObject({ language: 'ts', database: 'pg' });
    expect(result.stacks[0]?.picks.broker).toBeUndefined();
    const broker = result.roles.find((r) => r.role === 'broker')!;
    expect(broker).toMatchObject({ needed: true, unfilled: true });
    expect(broker.note).toMatch(
      /^You need a message broker \(you chose jobs\), but every one is ruled out: RABBIT \(ruled out by you\), KAFKA \(ruled out by you\)\. The stack goes without one/,
    );
    expect(result.notes).toEqual([
      expect.objectContaining({ kind: 'role-unfilled', questions: ['msg'] }),
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
      '“lang?” was not answered; assumed “None”.',
      '“data?” was not answered; assumed “Relational”.',
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

  it('triggers pitfalls from the answers given and the picked stack, and says which', () => {
    const relationalOnMongo = recommend(catalog, {
      answers: { lang: ['ts'], data: ['relational'] },
      exclude: ['pg'],
    });
    expect(relationalOnMongo.pitfalls.map((p) => p.id)).toEqual(['mongo-relational', 'no-cache']);
    expect(relationalOnMongo.pitfalls[0]?.triggeredBy).toEqual({
      answers: [{ question: 'data', options: ['relational'] }],
      picks: [{ role: 'database', id: 'mongo' }],
    });
    const cached = recommend(catalog, { answers: { lang: ['ts'], work: ['cached'] } });
    expect(cached.pitfalls.map((p) => p.id)).toEqual([]);
  });

  it('never raises a pitfall from an assumed answer', () => {
    // "data" is skipped, so "relational" is assumed: the stack still uses it, the warning does not.
    const assumed = recommend(catalog, { answers: { lang: ['ts'] }, exclude: ['pg'] });
    expect(assumed.stacks[0]?.picks.database).toBe('mongo');
    expect(assumed.pitfalls.map((p) => p.id)).toEqual(['no-cache']);
    expect(recommend(catalog, { answers: {} }).pitfalls.map((p) => p.id)).toEqual(['no-cache']);
  });

  it('charges a pitfall about a pick in the ranking, visibly, and prefers the safe stack when close', () => {
    // Flexible data favours mongo; relational data (answered) makes mongo a high-severity risk.
    const close = smallCatalog();
    close.technologies = close.technologies.map((t) =>
      t.id === 'mongo' ? { ...t, fit: { ...t.fit, relational: { score: 4, why: 'test' } } } : t,
    );
    const result = recommend(close, { answers: { lang: ['ts'], data: ['relational'] } });
    const mongo = result.roles
      .find((r) => r.role === 'database')!
      .candidates.find((c) => c.id === 'mongo')!;
    const cost = mongo.reasons.find((r) => r.kind === 'pitfall');
    expect(cost).toMatchObject({ pitfall: 'mongo-relational' });
    expect(cost!.because).toBe(
      'it triggers the high-severity warning “Mongo for relational data”, which needs a clear lead',
    );
    expect(cost!.points).toBeLessThan(-10);
    expect(result.stacks[0]?.picks.database).toBe('pg');
    expect(mongo.whyNot).toMatch(/^Scores \d+ against \d+ for PG/);
  });

  it('shows the evidence behind every point: the criterion and the fit', () => {
    const result = recommend(catalog, { answers: { lang: ['ts'], work: ['fast'] } });
    const fastify = result.roles
      .find((r) => r.role === 'framework')!
      .candidates.find((c) => c.id === 'fastify')!;
    const fast = fastify.reasons.find((r) => r.option === 'fast')!;
    expect(fast.evidence).toEqual([
      { criterion: 'speed', label: 'Speed', fit: 5, points: fast.points },
    ]);
  });

  it('lets an explicit "None" win over a need another answer implies, and says so', () => {
    const declining = smallCatalog();
    const msg = declining.questions.find((q) => q.id === 'msg')!;
    msg.options[0] = { ...msg.options[0]!, declines: ['broker'] };
    const work = declining.questions.find((q) => q.id === 'work')!;
    work.options.push({
      id: 'events',
      label: 'Events',
      description: '',
      because: 'your services react to events',
      weights: { jobs: 2 },
      needs: ['broker'],
      declines: [],
      aliases: [],
    });
    const result = recommend(declining, {
      answers: { lang: ['ts'], work: ['events'], msg: ['none'] },
    });
    expect(result.stacks[0]?.picks.broker).toBeUndefined();
    expect(result.roles.find((r) => r.role === 'broker')?.needed).toBe(false);
    expect(result.notes).toEqual([
      {
        kind: 'none-wins',
        message:
          'You answered “None” to “msg?”, so the stack has no message broker, although “Events” (your services react to events) usually calls for a message broker. Your explicit answer wins: this assumes it reaches the service another way, such as webhooks or direct HTTP calls. If not, change your answer to “msg?”.',
        questions: ['msg', 'work'],
      },
    ]);
    // Assumed "None" (msg skipped) is not the person's answer: the need stands, no note.
    const assumed = recommend(declining, { answers: { lang: ['ts'], work: ['events'] } });
    expect(assumed.stacks[0]?.picks.broker).toBeDefined();
    expect(assumed.notes).toEqual([]);
  });

  it('says when the workload outweighs the team language, and how to keep it', () => {
    const team = smallCatalog();
    team.criteria = team.criteria.map((c) =>
      c.id === 'knows-py' ? { ...c, technologies: ['py'] } : c,
    );
    const lang = team.questions.find((q) => q.id === 'lang')!;
    lang.options = lang.options.map((o) =>
      o.id === 'py' ? { ...o, weights: { 'knows-py': 2 } } : o,
    );
    const result = recommend(team, { answers: { lang: ['py'], work: ['realtime', 'fast'] } });
    if (result.stacks[0]?.picks.language !== 'ts') throw new Error('fixture should pick ts');
    const note = result.notes.find((n) => n.kind === 'team-language')!;
    expect(note.message).toMatch(
      /^Your team writes PY, but TS leads by \d+ points?: you chose realtime \(Real-time\)/,
    );
    expect(note.keep).toMatchObject({ language: 'py', name: 'PY', exclude: ['lone', 'ts'] });
    expect(note.questions).toEqual(['lang', 'work']);
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
