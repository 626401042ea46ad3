/**
 * `npm run audit:questions [-- --seed N --runs N]`: how many questions people answer before their
 * stack is settled, with the adaptive order (src/engine/adaptive.ts) against asking everything.
 *
 * Each persona has a full set of answers. It answers the question `nextQuestion` asks, one at a
 * time, until the stack is settled; the script then compares that stack with the one it gets
 * answering everything. Over every scenario (its given answers; the rest skipped) and seeded random
 * personas. Not part of `npm test`: it re-ranks thousands of times.
 */
import { loadCatalog } from '../src/content/load.ts';
import type { Catalog } from '../src/content/types.ts';
import { nextQuestion } from '../src/engine/adaptive.ts';
import { visibleQuestions, type Answers } from '../src/engine/answers.ts';
import { randomInputs } from '../src/engine/audit.ts';
import { topStack } from '../src/engine/recommend.ts';
import { scenarioAnswers } from '../src/engine/scenarios.ts';

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
  asked: number;
  all: number;
  same: boolean;
}

/** Answer what is asked until settled; compare with answering everything. */
function walk(catalog: Catalog, persona: Answers, exclude: string[]): Walk {
  const answers: Record<string, readonly string[]> = {};
  const skipped: string[] = [];
  let asked = 0;
  for (;;) {
    const next = nextQuestion(catalog, { answers, exclude, skipped });
    if (!next.question || asked > catalog.questions.length) break;
    // A persona without an answer to it skips it: the wizard's Skip.
    const given = persona[next.question];
    if (given === undefined) skipped.push(next.question);
    else answers[next.question] = given;
    asked++;
  }
  const full = topStack(catalog, { answers: persona, exclude });
  const settled = topStack(catalog, { answers, exclude });
  return {
    asked,
    all: visibleQuestions(catalog, persona).filter((q) => persona[q.id] !== undefined).length,
    same: JSON.stringify(full) === JSON.stringify(settled),
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
  const after = walks.map((w) => w.asked);
  const same = walks.filter((w) => w.same).length;
  console.log(
    `${label.padEnd(22)} median ${quantile(before, 0.5)} -> ${quantile(after, 0.5)} questions, ` +
      `p90 ${quantile(before, 0.9)} -> ${quantile(after, 0.9)}; same final stack ${((100 * same) / walks.length).toFixed(1)}% (${same} of ${walks.length})`,
  );
  return { before, after, same: same / walks.length };
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
const medianCut = 1 - quantile(random.after, 0.5) / quantile(random.before, 0.5);
console.log(
  `median cut ${(100 * medianCut).toFixed(0)}% (goal: at least 40%); same stack ${(100 * random.same).toFixed(1)}% (goal: at least 95%)`,
);
