import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../content/load.ts';
import { FIRST_QUESTION, nextQuestion, nextQuestionSteps, questionImpacts } from './adaptive.ts';
import { topStack } from './recommend.ts';
import { smallCatalog } from './fixtures.ts';

const real = loadCatalog(process.cwd()).catalog!;

describe('which questions still matter', () => {
  it('in steps, yields once per remaining question and ends with what nextQuestion says', () => {
    const catalog = smallCatalog();
    const input = { answers: { 'team-language': ['python'] } };
    const steps = nextQuestionSteps(catalog, input);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(step.value).toEqual(nextQuestion(catalog, input));
    expect(yields).toBe(questionImpacts(catalog, input).length);
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

  it('says the stack is settled once no single remaining answer changes it', () => {
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
      messaging: ['none'],
      architecture: ['monolith'],
      'team-size': ['small'],
      'api-style': ['rest'],
    };
    let asked = 0;
    while (step.question) {
      answers[step.question] = persona[step.question] ?? [];
      asked++;
      step = nextQuestion(real, { answers });
    }
    expect(step.settled).toBe(true);
    expect(step.matter).toEqual([]);
    // Fewer questions than the whole questionnaire, and the same stack as answering everything.
    expect(asked).toBeLessThan(Object.keys(persona).length);
    expect(topStack(real, { answers })).toEqual(
      topStack(real, { answers: { ...answers, ...persona } }),
    );
  });
});
