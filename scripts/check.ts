// `npm run check`: the fast local pass. Typecheck, lint and unit tests run side by side, and the
// output of each is printed whole when it ends, so a failure reads as it would on its own.
import { spawn } from 'node:child_process';

const steps: [string, string, string[]][] = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '--max-warnings=0', '.']],
  ['unit', 'npx', ['vitest', 'run', '--reporter=dot']],
];

const started = Date.now();
const results = await Promise.all(
  steps.map(
    ([name, command, args]) =>
      new Promise<boolean>((resolve) => {
        const child = spawn(command, args, { env: { ...process.env, FORCE_COLOR: '1' } });
        let output = '';
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (d: string) => (output += d));
        child.stderr.on('data', (d: string) => (output += d));
        const t0 = Date.now();
        child.on('close', (code) => {
          const seconds = Math.round((Date.now() - t0) / 1000);
          console.log(`\n==> ${name} ${code === 0 ? 'passed' : 'FAILED'} in ${seconds} s`);
          if (code !== 0 || process.argv.includes('--verbose')) console.log(output.trimEnd());
          resolve(code === 0);
        });
      }),
  ),
);
const failed = steps.filter((_, i) => !results[i]).map(([name]) => name);
console.log(
  `\n${failed.length === 0 ? 'check passed' : `check FAILED: ${failed.join(', ')}`} in ${Math.round((Date.now() - started) / 1000)} s`,
);
process.exit(failed.length === 0 ? 0 : 1);
