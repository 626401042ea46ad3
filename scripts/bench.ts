/**
 * `npm run bench`: time one full recommend() (with sensitivity) on the seed catalog and on
 * synthetic catalogs 10x and 100x larger, and print medians and growth factors. Not part of
 * `npm test`: timings belong in a report, not in an assertion.
 */
import { loadCatalog } from '../src/content/load.ts';
import type { Catalog, Technology } from '../src/content/types.ts';
import { recommend } from '../src/engine/recommend.ts';

const seed = loadCatalog(process.cwd()).catalog;
if (!seed) throw new Error('content does not compile; run npm run content:check');

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
for (const [n, iterations] of [
  [1, 300],
  [10, 60],
  [100, 20],
] as const) {
  const catalog = scale(seed, n);
  rows.push({ size: `${n}x`, techs: catalog.technologies.length, ms: time(catalog, iterations) });
}
console.log('recommend() with sensitivity, median of runs over 3 answer sets\n');
console.log('catalog  technologies  median ms  growth vs previous (size grows 10x)');
rows.forEach((r, i) => {
  const prev = rows[i - 1];
  const growth = prev ? `${(r.ms / prev.ms).toFixed(1)}x` : '-';
  console.log(
    `${r.size.padEnd(8)} ${String(r.techs).padStart(12)} ${r.ms.toFixed(3).padStart(10)}  ${growth}`,
  );
});
const frame = 1000 / 60;
console.log(
  `\nSeed catalog: ${rows[0]!.ms.toFixed(2)} ms = ${((100 * rows[0]!.ms) / frame).toFixed(0)}% of one 60 fps frame (${frame.toFixed(1)} ms).`,
);
