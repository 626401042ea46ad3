/**
 * `npm run bench`: time one full recommend() (with sensitivity) on the scoring index the browser
 * loads: cut down to the seed catalog's size (the 25 technologies of PRODUCT.md's seed list), as
 * shipped, and on synthetic catalogs 10x and 100x the shipped one; print medians, the time per
 * technology and growth factors. Linear growth keeps the time per technology flat. Not part of
 * `npm test`: timings belong in a report, not in an assertion.
 */
import { loadCatalog } from '../src/content/load.ts';
import { splitCatalog } from '../src/content/split.ts';
import type { Catalog, Technology } from '../src/content/types.ts';
import { recommend } from '../src/engine/recommend.ts';
import { nextQuestion, nextQuestionSteps } from '../src/engine/adaptive.ts';

const compiled = loadCatalog(process.cwd()).catalog;
if (!compiled) throw new Error('content does not compile; run npm run content:check');
const shipped = splitCatalog(compiled).index;

/** PRODUCT.md's seed catalog: the size the "well under a frame" bar was set for. */
const SEED_IDS = new Set(
  'nodejs python go rust nestjs express fastify trpc fastapi django flask gin echo fiber axum actix-web rocket postgresql mongodb redis drizzle prisma sqlalchemy rabbitmq kafka'.split(
    ' ',
  ),
);

/** The shipped index cut down to the seed technologies (and what they still refer to). */
function seedSized(catalog: Catalog): Catalog {
  const technologies = catalog.technologies
    .filter((t) => SEED_IDS.has(t.id))
    .map((t) => ({
      ...t,
      ...(t.databases && { databases: t.databases.filter((d) => SEED_IDS.has(d)) }),
      ...(t.languages && { languages: t.languages.filter((l) => SEED_IDS.has(l)) }),
    }));
  const criteria = catalog.criteria.map((c) =>
    c.technologies ? { ...c, technologies: c.technologies.filter((id) => SEED_IDS.has(id)) } : c,
  );
  return { ...catalog, criteria, technologies };
}

/** The seed catalog repeated n times; replicas reference their own replicas (ids stay unique). */
function scale(catalog: Catalog, n: number): Catalog {
  if (n === 1) return catalog;
  const technologies: Technology[] = [];
  for (let i = 0; i < n; i++) {
    const suffix = i === 0 ? '' : `-r${i}`;
    for (const t of catalog.technologies) {
      // Perturb fits a little so replicas do not all tie.
      const fit = Object.fromEntries(
        Object.entries(t.fit).map(([k, f]) => [
          k,
          { ...f, score: Math.max(0, Math.min(5, f.score - ((i + k.length) % 3 === 0 ? 1 : 0))) },
        ]),
      );
      technologies.push({
        ...t,
        id: t.id + suffix,
        aliases: [],
        fit,
        ...(t.languages && { languages: t.languages.map((l) => l + suffix) }),
        ...(t.databases && { databases: t.databases.map((d) => d + suffix) }),
      });
    }
  }
  return { ...catalog, technologies };
}

const INPUTS = [
  { answers: {} },
  {
    answers: {
      'team-language': ['python'],
      workload: ['data-ml', 'crud-api'],
      'fast-data': ['sessions'],
      messaging: ['jobs'],
    },
  },
  {
    answers: {
      workload: ['realtime', 'high-concurrency'],
      priorities: ['performance', 'type-safety'],
      scale: ['massive'],
      'data-shape': ['flexible'],
    },
  },
];

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(catalog: Catalog, iterations: number): number {
  for (let i = 0; i < Math.max(3, iterations / 5); i++)
    for (const input of INPUTS) recommend(catalog, input);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++)
    for (const input of INPUTS) {
      const start = performance.now();
      recommend(catalog, input);
      samples.push(performance.now() - start);
    }
  return median(samples);
}

const rows: { size: string; techs: number; ms: number }[] = [];
for (const [size, catalog, iterations] of [
  ['seed', seedSized(shipped), 300],
  ['shipped', shipped, 150],
  ['10x', scale(shipped, 10), 20],
  ['100x', scale(shipped, 100), 4],
] as const) {
  rows.push({ size, techs: catalog.technologies.length, ms: time(catalog, iterations) });
}
console.log('recommend() with sensitivity, median of runs over 3 answer sets\n');
console.log(
  'catalog  technologies  median ms  µs per technology  growth vs previous (time / size)',
);
rows.forEach((r, i) => {
  const prev = rows[i - 1];
  const growth = prev
    ? `${(r.ms / prev.ms).toFixed(1)}x time for ${(r.techs / prev.techs).toFixed(1)}x size`
    : '-';
  console.log(
    `${r.size.padEnd(8)} ${String(r.techs).padStart(12)} ${r.ms.toFixed(3).padStart(10)} ${((1000 * r.ms) / r.techs).toFixed(1).padStart(18)}  ${growth}`,
  );
});
const frame = 1000 / 60;
const share = (ms: number) => `${((100 * ms) / frame).toFixed(0)}%`;
console.log(
  `\nSeed-size catalog: ${rows[0]!.ms.toFixed(2)} ms = ${share(rows[0]!.ms)} of one 60 fps frame (${frame.toFixed(1)} ms); ` +
    `shipped catalog: ${rows[1]!.ms.toFixed(2)} ms = ${share(rows[1]!.ms)}. Timings follow the machine's load: run it idle.`,
);

// Deciding the next step (issue 16): nextQuestion on the shipped index, run whole and in the
// steps the wizard spreads over tasks (src/lib/use-sliced-work.ts). The longest step is the
// longest the page can be kept busy by it; a 4x slower phone takes about four times as long.
{
  const steps: number[] = [];
  const wholes: number[] = [];
  for (let i = 0; i < 20; i++)
    for (const input of INPUTS) {
      let start = performance.now();
      nextQuestion(shipped, input);
      wholes.push(performance.now() - start);
      const work = nextQuestionSteps(shipped, input);
      for (;;) {
        start = performance.now();
        const step = work.next();
        steps.push(performance.now() - start);
        if (step.done) break;
      }
    }
  const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * xs.length)]!;
  console.log(
    `\nDeciding the next step (nextQuestion, shipped catalog): whole median ${median(wholes).toFixed(1)} ms; ` +
      `about ${Math.round(steps.length / 60)} steps each, median ${median(steps).toFixed(2)} ms, p99 ${p(steps, 0.99).toFixed(2)} ms, longest ${Math.max(...steps).toFixed(2)} ms ` +
      `(x4 for a phone at 4x slowdown: longest step ${(4 * p(steps, 0.99)).toFixed(1)} ms at p99).`,
  );
}
