/**
 * `npm run audit [-- --seed N --runs N]`: the advice audit (src/engine/audit.ts) over seeded
 * random answer sets on the real catalog. Prints the figures and fails on the hard limits.
 */
import { loadCatalog } from '../src/content/load.ts';
import { auditFailures, runAudit, type Example } from '../src/engine/audit.ts';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 0) {
    console.log(`--${name} takes a whole number, got "${process.argv[i + 1] ?? ''}".`);
    process.exit(2);
  }
  return value;
}

const seed = flag('seed', 20261202);
const runs = flag('runs', 5000);
const loaded = loadCatalog(process.cwd());
if (!loaded.catalog) {
  console.log('The catalog does not compile; run npm run content:check first.');
  process.exit(1);
}
const started = performance.now();
const report = runAudit(loaded.catalog, runs, seed);
const seconds = (performance.now() - started) / 1000;

const pct = (n: number, of = runs) => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`);
const show = (label: string, examples: Example[]) => {
  console.log(`${label.padEnd(40)} ${String(examples.length).padStart(5)}`);
  for (const e of examples.slice(0, 3))
    console.log(
      `    e.g. ${e.detail}\n         answers ${JSON.stringify(e.input.answers)}${e.input.exclude.length ? ` exclude ${e.input.exclude.join(',')}` : ''}`,
    );
};

console.log(`Advice audit: ${runs} random answer sets, seed ${seed} (${seconds.toFixed(1)} s)\n`);
show('self-contradictions', report.contradictions);
show('empty results', report.emptyResults);
show('pitfalls from assumed answers', report.pitfallsFromDefaults);
show('misleading why-nots', report.misleadingWhyNots);
console.log(
  `${'team language kept'.padEnd(40)} ${pct(report.teamLanguageKept.kept, report.teamLanguageKept.of).padStart(5)} (${report.teamLanguageKept.kept} of ${report.teamLanguageKept.of})`,
);
console.log(
  `${'  ... with no strong workload signal'.padEnd(40)} ${pct(report.teamLanguageKeptPlain.kept, report.teamLanguageKeptPlain.of).padStart(5)} (${report.teamLanguageKeptPlain.kept} of ${report.teamLanguageKeptPlain.of})`,
);
console.log(
  `${'trial or assess technology in top stack'.padEnd(40)} ${pct(report.trialWins).padStart(5)}`,
);
console.log(
  `${'language decided by data access'.padEnd(40)} ${pct(report.languageDecidedByOrm).padStart(5)} (limit 2%)`,
);
console.log('\nPitfall firing rates (limit 25%):');
for (const p of report.pitfallRates)
  console.log(`    ${p.id.padEnd(36)} ${pct(p.rate * runs).padStart(6)}`);

const failures = auditFailures(report);
if (failures.length > 0) {
  console.log(`\naudit failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\naudit passed.');
