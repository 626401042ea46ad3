/**
 * `npm run audit:questions [-- --seed N --runs N]`: how many questions people answer before their
 * stack is settled, with the adaptive order (src/engine/adaptive.ts) against asking everything.
 *
 * Each persona has a full set of answers. It answers the question `nextQuestion` asks, one at a
 * time. Two counts: until the stack is settled (no single answer left swaps a pick), and until no
 * question left can change the stack at all (the add-on questions, which can only add a cache or
 * a broker, answered too: the wizard asks them next). The stack then is compared with the one
 * answering everything gives. Over every scenario (its given answers; the rest skipped) and
 * seeded random personas. Not part of `npm test`: it re-ranks thousands of times.
 */
import { loadCatalog } from '../src/content/load.ts';
import type { Catalog } from '../src/content/types.ts';
import { nextQuestion } from '../src/engine/adaptive.ts';
import { visibleQuestions, type Answers } from '../src/engine/answers.ts';
import { randomInputs } from '../src/engine/audit.ts';
import { topStack } from '../src/engine/recommend.ts';
import { scenarioAnswers } from '../src/engine/scenarios.ts';
import { STACK_ROLES } from '../src/engine/stack.ts';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 0) {
    console.log(`--${name} takes a whole number.`);
    process.exit(2);
  }
  return value;
}

interface Walk {
  /** Questions shown until the stack is settled. */
  settled: number;
  /** Questions shown until none left can change the stack (add-ons included). */
  asked: number;
  /** Questions answering everything shows. */
  all: number;
  same: boolean;
  /** The parts that end up different from answering everything. */
  differ: string[];
}

/** Answer what is asked until nothing left can change the stack; compare with answering everything. */
function walk(catalog: Catalog, persona: Answers, exclude: string[]): Walk {
  const answers: Record<string, readonly string[]> = {};
  const skipped: string[] = [];
  let asked = 0;
  let settled = -1;
  for (;;) {
    const next = nextQuestion(catalog, { answers, exclude, skipped });
    if (next.settled && settled === -1) settled = asked;
    if (next.matter.length + next.addOns.length === 0 || !next.question) break;
    if (asked > catalog.questions.length) throw new Error('nextQuestion asked a question twice');
    // A persona without an answer to it skips it: the wizard's Skip.
    const given = persona[next.question];
    if (given === undefined) skipped.push(next.question);
    else answers[next.question] = given;
    asked++;
  }
  const full = topStack(catalog, { answers: persona, exclude });
  const got = topStack(catalog, { answers, exclude });
  const differ = STACK_ROLES.filter((r) => full?.[r] !== got?.[r]);
  return {
    settled: settled === -1 ? asked : settled,
    asked,
    // Asking everything shows every visible question, answered or skipped.
    all: visibleQuestions(catalog, persona).length,
    same: differ.length === 0,
    differ,
  };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

const seed = flag('seed', 20261202);
const runs = flag('runs', 1000);
const catalog = loadCatalog(process.cwd()).catalog;
if (!catalog) {
  console.log('The catalog does not compile; run npm run content:check first.');
  process.exit(1);
}
const started = performance.now();
// Random personas answer every question (a full set), as the measure asks.
const personas = randomInputs(catalog, runs, seed).map(({ answers }) => {
  const full: Record<string, string[]> = {};
  for (const q of catalog.questions)
    full[q.id] = [...(answers[q.id] ?? (q.kind === 'single' ? [q.options[0]!.id] : []))];
  return full;
});
const report = (label: string, walks: Walk[]) => {
  const before = walks.map((w) => w.all);
  const settled = walks.map((w) => w.settled);
  const after = walks.map((w) => w.asked);
  const same = walks.filter((w) => w.same).length;
  const figures = (xs: number[]) =>
    `median ${quantile(before, 0.5)} -> ${quantile(xs, 0.5)}, p90 ${quantile(before, 0.9)} -> ${quantile(xs, 0.9)}`;
  console.log(`${label}:`);
  console.log(`  until the stack is settled          ${figures(settled)} questions`);
  console.log(
    `  until nothing left can change it    ${figures(after)} questions (add-ons answered)`,
  );
  console.log(
    `  same final stack as answering all   ${((100 * same) / walks.length).toFixed(1)}% (${same} of ${walks.length})`,
  );
  const differ = new Map<string, number>();
  for (const w of walks) for (const r of w.differ) differ.set(r, (differ.get(r) ?? 0) + 1);
  if (differ.size > 0)
    console.log(
      `  the rest differ in: ${[...differ].map(([r, n]) => `${r} ${n}`).join(', ')} (a combination of answers, each alone changing nothing)`,
    );
  return { before, settled, after, same: same / walks.length };
};
console.log(`Questions before the stack is settled (seed ${seed}):\n`);
report(
  `${catalog.scenarios.length} scenarios`,
  catalog.scenarios.map((s) => walk(catalog, scenarioAnswers(s), s.exclude)),
);
const random = report(
  `${runs} random personas`,
  personas.map((p) => walk(catalog, p, [])),
);
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
const cut = (xs: number[]) =>
  `${(100 * (1 - quantile(xs, 0.5) / quantile(random.before, 0.5))).toFixed(0)}%`;
console.log(
  `random personas: median cut ${cut(random.settled)} until settled, ${cut(random.after)} until nothing can change it (goal: at least 40%); same stack ${(100 * random.same).toFixed(1)}% (goal: at least 95%)`,
);
