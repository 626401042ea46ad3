/**
 * `npm run content:check`: compile content/ and report every error as `file:line:col message`.
 * Then replays every scenario (content/scenarios) against the engine. Exits 1 on any failure.
 */
import { loadCatalog } from '../src/content/load.ts';
import { formatError } from '../src/content/parse.ts';
import { contentWarnings } from '../src/content/warnings.ts';
import { checkScenarios } from '../src/engine/scenarios.ts';

const result = loadCatalog(process.cwd());
if (!result.catalog) {
  for (const error of result.errors) console.log(formatError(error));
  console.log(`\ncontent:check failed: ${result.errors.length} error(s).`);
  process.exit(1);
}
const c = result.catalog;
const warnings = contentWarnings(c, new Date());
for (const w of warnings) console.log(`${w.file}:1:1 warning: ${w.message}`);
const failures = checkScenarios(c);
if (failures.length > 0) {
  for (const f of failures)
    for (const problem of f.problems)
      console.log(`${f.source}:1:1 scenario "${f.scenario}": ${problem}`);
  console.log(
    `\ncontent:check failed: ${failures.length} of ${c.scenarios.length} scenario(s) no longer get their expected stack.` +
      '\nA weight or score edit changed these recommendations; fix the edit or, if the new result is right, update the scenario.',
  );
  process.exit(1);
}
console.log(
  `content:check passed: ${c.technologies.length} technologies, ${c.questions.length} questions, ` +
    `${c.pitfalls.length} pitfalls, ${c.scenarios.length} scenarios, ${c.criteria.length} criteria ` +
    `(fingerprint ${c.fingerprint}); all scenarios hold` +
    (warnings.length > 0 ? `; ${warnings.length} warning(s) above.` : '.'),
);
