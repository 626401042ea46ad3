/**
 * `npm run test:platform`: the platform-team experiment (issue 12, content/README.md "What a
 * content change can break"). A copy of the project gets the edits a platform team typically
 * makes when it makes Stackwise its own, then the content checks, the scenarios, the build and
 * the content-driven end-to-end specs run on that copy. They must stay green: tests read names,
 * counts and steps from the compiled catalog, never from the seed content.
 *
 * The edits:
 *  1. remove a framework they do not support (Flask);
 *  2. put a database on hold (MongoDB);
 *  3. rename the site;
 *  4. add a technology (a cache, Dragonfly, written from Valkey's file);
 *  5. add a conditional question (shown only to teams that run background jobs);
 *  6. update the scenarios the edits affect: the removed and held ids leave every accept list,
 *     a scenario left with nothing acceptable for a role is retired, and a scenario that rules
 *     out Valkey (the new cache's model) rules out the new cache too, as a team would.
 *
 * `--keep` leaves the copy on disk and prints its path; `--skip-e2e` stops after the build.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = process.cwd();
const keep = process.argv.includes('--keep');
const skipE2e = process.argv.includes('--skip-e2e');
const REMOVED = 'flask';
const HELD = 'mongodb';
const SITE_NAME = 'Acme Stack Guide';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function edit(path: string, change: (text: string) => string, what: string): void {
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`platform edit "${what}" changed nothing in ${path}`);
  writeFileSync(path, after);
}

function technologyFile(content: string, id: string): string {
  const found = files(join(content, 'technologies')).find((f) => f.endsWith(`/${id}.md`));
  if (!found) throw new Error(`no technology file for "${id}" under content/technologies`);
  return found;
}

/** Copy what git tracks (and what is new but not ignored), so the copy is a clean checkout. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stackwise-platform-'));
  const listed = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(root, file))) continue; // deleted in the working tree
    cpSync(join(root, file), join(dir, file), { recursive: true });
  }
  // The copy uses this checkout's installed packages.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function applyEdits(dir: string): string[] {
  const content = join(dir, 'content');
  const done: string[] = [];

  rmSync(technologyFile(content, REMOVED));
  done.push(`removed the technology "${REMOVED}"`);

  edit(technologyFile(content, HELD), (t) => t.replace(/^status: \w+$/m, 'status: hold'), 'hold');
  done.push(`put "${HELD}" on hold`);

  edit(
    join(content, 'site.md'),
    (t) => t.replace(/^name: .*$/m, `name: ${SITE_NAME}`),
    'rename the site',
  );
  done.push(`renamed the site to "${SITE_NAME}"`);

  const valkey = technologyFile(content, 'valkey');
  const dragonfly = readFileSync(valkey, 'utf8')
    .replace(/^id: valkey$/m, 'id: dragonfly')
    .replace(/^name: Valkey$/m, 'name: Dragonfly')
    .replace(/^status: \w+$/m, 'status: assess')
    .replace(/^aliases: .*\n/m, '');
  writeFileSync(join(dirname(valkey), 'dragonfly.md'), dragonfly);
  done.push('added the technology "dragonfly" (a cache)');

  writeFileSync(
    join(content, 'questions', 'job-retries.md'),
    `---
id: job-retries
title: What happens when a background job fails?
kind: single
order: 13
when: { answer: messaging, in: [jobs] }
default: [retry]
options:
  - id: retry
    label: Retry it until it succeeds
    description: Jobs must not be lost; a failed job is retried and, in the end, parked for a person.
    because: failed jobs must be retried
    weights: { durability: 3, job-queues: 2 }
  - id: drop
    label: Drop it
    description: A lost job is harmless, such as a cache warm-up.
    because: a lost job is harmless
    weights: { lightweight: 2 }
---
Asked only of teams that run background jobs. If unsure, pick **Retry it until it succeeds**.
`,
  );
  done.push('added the conditional question "job-retries" (only when messaging is "jobs")');

  const scenarios = join(content, 'scenarios');
  const gone = new Set([REMOVED, HELD]);
  for (const file of files(scenarios)) {
    const text = readFileSync(file, 'utf8');
    let emptied = false;
    const updated = text
      .replace(/^exclude: \[([^\]]*\bvalkey\b[^\]]*)\]$/m, 'exclude: [$1, dragonfly]')
      .replace(/^(\s+[a-z]+: )\[([^\]]*)\]$/gm, (line, head: string, list: string) => {
        const ids = list.split(',').map((s) => s.trim());
        if (!ids.some((id) => gone.has(id))) return line;
        const kept = ids.filter((id) => !gone.has(id));
        if (kept.length === 0) emptied = true;
        return `${head}[${kept.join(', ')}]`;
      });
    if (emptied) {
      rmSync(file);
      done.push(
        `retired the scenario ${file.slice(scenarios.length + 1)} (nothing left to accept)`,
      );
    } else if (updated !== text) {
      writeFileSync(file, updated);
      done.push(`updated the scenario ${file.slice(scenarios.length + 1)}`);
    }
  }
  return done;
}

function run(dir: string, label: string, command: string, args: string[]): void {
  console.log(`\n==> ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, STACKWISE_E2E_PORT: process.env.STACKWISE_PLATFORM_PORT ?? '4190' },
  });
  if (result.status !== 0) {
    console.log(`\nThe platform-edit copy fails "${label}" (${dir}).`);
    console.log('A platform team making these everyday edits would see this failure.');
    process.exit(1);
  }
  console.log(`<== ${label} passed in ${Math.round((Date.now() - started) / 1000)} s`);
}

const dir = copyProject();
try {
  console.log(`Platform-edit copy: ${dir}`);
  for (const line of applyEdits(dir)) console.log(`  - ${line}`);
  run(dir, 'content checks', 'npx', ['tsx', 'scripts/content-check.ts']);
  run(dir, 'scenarios and content tests', 'npx', [
    'vitest',
    'run',
    'src/engine/scenarios.test.ts',
    'src/content',
    'src/share',
  ]);
  run(dir, 'build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
  if (!skipE2e)
    run(dir, 'content-driven end-to-end specs', 'npx', [
      'playwright',
      'test',
      'e2e/wizard.spec.ts',
      'e2e/compare.spec.ts',
      'e2e/result.spec.ts',
      'e2e/share.spec.ts',
      'e2e/catalog.spec.ts',
    ]);
  console.log('\nThe platform-edit copy passes: content edits do not break the suite.');
} finally {
  if (keep) console.log(`Kept the copy at ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
