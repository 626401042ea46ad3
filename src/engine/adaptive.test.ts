import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../content/load.ts';
import {
  FIRST_QUESTION,
  nextAfter,
  nextQuestion,
  nextQuestionSteps,
  questionImpacts,
} from './adaptive.ts';
import { topStack } from './recommend.ts';
import { smallCatalog } from './fixtures.ts';

const real = loadCatalog(process.cwd()).catalog!;

describe('which questions still matter', () => {
  it('in steps, yields once per answer tried and ends with what nextQuestion says', () => {
    const catalog = smallCatalog();
    const input = { answers: { 'team-language': ['python'] } };
    const steps = nextQuestionSteps(catalog, input);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(step.value).toEqual(nextQuestion(catalog, input));
    // Every option of a single choice; "none", each option and the default of a multiple one.
    const tried = questionImpacts(catalog, input).reduce((n, impact) => {
      const q = catalog.questions.find((x) => x.id === impact.question)!;
      if (q.kind === 'single') return n + q.options.length;
      return n + 1 + q.options.length + (q.default.length > 1 ? 1 : 0);
    }, 0);
    expect(yields).toBe(tried);
    expect(yields).toBeGreaterThan(1);
  });

  it('a question matters exactly when one of its answers gives another top stack', () => {
    const catalog = smallCatalog();
    const answers = { lang: ['ts'] };
    const now = topStack(catalog, { answers });
    for (const impact of questionImpacts(catalog, { answers })) {
      const q = catalog.questions.find((x) => x.id === impact.question)!;
      const answersTried =
        q.kind === 'single' ? q.options.map((o) => [o.id]) : [[], ...q.options.map((o) => [o.id])];
      const changing = answersTried.filter(
        (a) =>
          JSON.stringify(topStack(catalog, { answers: { ...answers, [q.id]: a } })) !==
          JSON.stringify(now),
      );
      expect(impact.changes.map((c) => c.answer)).toEqual(changing);
    }
  });

  it('never offers a question already answered, skipped or hidden', () => {
    const catalog = smallCatalog();
    // msg is hidden while lang is "none".
    const ids = questionImpacts(catalog, { answers: { lang: ['none'] }, skipped: ['data'] }).map(
      (i) => i.question,
    );
    expect(ids).toEqual(['work']);
  });

  it('asks the team language first, then the question that moves the most roles', () => {
    const first = nextQuestion(real, { answers: {} });
    expect(first.question).toBe(FIRST_QUESTION);
    const next = nextQuestion(real, { answers: { 'team-language': ['python'] } });
    expect(next.question).toBe(next.matter[0]!.question);
    for (let i = 1; i < next.matter.length; i++)
      expect(next.matter[i - 1]!.reach).toBeGreaterThanOrEqual(next.matter[i]!.reach);
    // Stable: the same answers give the same next question.
    expect(nextQuestion(real, { answers: { 'team-language': ['python'] } }).question).toBe(
      next.question,
    );
  });

  it('tells a swapped pick from a part only added or dropped', () => {
    for (const answers of [{}, { 'team-language': ['python'] }, { workload: ['realtime'] }]) {
      const now = topStack(real, { answers })!;
      for (const impact of questionImpacts(real, { answers })) {
        for (const change of impact.changes) {
          const kept = change.changed.filter((r) => now[r] && change.stack[r]);
          expect(change.swaps).toBe(kept.length > 0);
        }
        expect(impact.reach).toBe(
          Math.max(0, ...impact.changes.filter((c) => c.swaps).map((c) => c.changed.length)),
        );
        // An add-on only ever adds or drops a part: the cache or the broker.
        for (const role of impact.adds) expect(['cache', 'broker']).toContain(role);
      }
    }
  });

  it('asks what matters, then the add-ons, then the optional questions, never one twice', () => {
    const answers: Record<string, string[]> = {};
    const asked: string[] = [];
    let settledAt = -1;
    for (let step = nextQuestion(real, { answers }); step.question;) {
      expect(asked).not.toContain(step.question);
      if (step.settled && settledAt === -1) settledAt = asked.length;
      // Settled means nothing left swaps a pick; what is asked then is an add-on or optional.
      if (step.settled) expect(step.matter).toEqual([]);
      else if (asked.length > 0) expect(step.question).toBe(step.matter[0]!.question);
      if (step.matter.length === 0 && step.addOns.length > 0)
        expect(step.question).toBe(step.addOns[0]!.question);
      if (step.matter.length + step.addOns.length === 0)
        expect(step.question).toBe(step.optional[0]!.question);
      asked.push(step.question);
      const q = real.questions.find((x) => x.id === step.question)!;
      answers[q.id] = [...q.default];
      step = nextQuestion(real, { answers });
    }
    // Every visible question is reached in the end: the user can always carry on.
    expect(asked.toSorted()).toEqual(real.questions.map((q) => q.id).toSorted());
    expect(settledAt).toBeGreaterThan(0);
  });

  it('settles the Python team doing ML on related records after three answers', () => {
    // The persona: language, workload and data shape settle Python, FastAPI, PostgreSQL
    // and SQLAlchemy; what is left can only add a cache or a broker, or changes nothing.
    const answers: Record<string, string[]> = {};
    const persona: Record<string, string[]> = {
      'team-language': ['python'],
      workload: ['data-ml'],
      'data-shape': ['relational'],
    };
    let step = nextQuestion(real, { answers });
    const asked: string[] = [];
    while (!step.settled) {
      const id = step.question!;
      expect(Object.keys(persona)).toContain(id);
      answers[id] = persona[id]!;
      asked.push(id);
      step = nextQuestion(real, { answers });
    }
    expect(asked).toEqual(['team-language', 'workload', 'data-shape']);
    expect(topStack(real, { answers })).toMatchObject({
      language: 'python',
      framework: 'fastapi',
      database: 'postgresql',
      orm: 'sqlalchemy',
    });
    // The questions that can add a part are still asked next, and say which part.
    expect(step.addOns.map((a) => a.question)).toEqual(
      expect.arrayContaining(['fast-data', 'messaging']),
    );
    expect(step.addOns.find((a) => a.question === 'messaging')!.adds).toEqual(['broker']);
    expect(step.question).toBe(step.addOns[0]!.question);
    // No single add-on answer swaps a pick.
    for (const addOn of step.addOns) {
      const { adds, changes } = addOn;
      for (const change of changes) {
        expect(change.swaps).toBe(false);
        for (const role of change.changed) expect(adds).toContain(role);
      }
    }
  });

  it('once nothing left can change the stack, it is the stack of answering everything', () => {
    const answers: Record<string, string[]> = {
      'team-language': ['python'],
      workload: ['data-ml'],
      'data-shape': ['relational'],
    };
    let step = nextQuestion(real, { answers });
    const persona: Record<string, string[]> = {
      priorities: ['time-to-market'],
      consistency: ['important'],
      'query-needs': [],
      scale: ['small'],
      'fast-data': [],
      messaging: ['jobs'],
      architecture: ['monolith'],
      'team-size': ['small'],
      'api-style': ['rest'],
    };
    let asked = 0;
    while (step.matter.length + step.addOns.length > 0) {
      answers[step.question!] = persona[step.question!] ?? [];
      asked++;
      step = nextQuestion(real, { answers });
    }
    expect(step.settled).toBe(true);
    // Fewer questions than the whole questionnaire, and the same stack as answering everything,
    // the broker the add-on question added included.
    expect(asked).toBeLessThan(Object.keys(persona).length);
    const all = topStack(real, { answers: { ...answers, ...persona } });
    expect(all?.broker).toBeDefined();
    expect(topStack(real, { answers })).toEqual(all);
  });

  it('the question after one left is what nextQuestion asks with it skipped', () => {
    const inputs = [
      { answers: {} },
      { answers: { 'team-language': ['go'] } },
      { answers: { 'team-language': ['python'], workload: ['data-ml'] }, skipped: ['scale'] },
      { answers: { workload: ['realtime'] } },
    ];
    for (const input of inputs) {
      const step = nextQuestion(real, input);
      for (const current of real.questions.map((q) => q.id)) {
        const skipped = [...(input.skipped ?? []), current];
        expect(nextAfter(step, current), `${JSON.stringify(input)} leaving ${current}`).toBe(
          nextQuestion(real, { ...input, skipped }).question,
        );
      }
    }
  });
});
