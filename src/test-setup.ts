// Every unit test fails on an unexpected console.error or console.warn: noise hides real bugs.
import { afterEach, beforeEach, expect, vi } from 'vitest';
import * as fc from 'fast-check';

// Property tests run with a fixed seed so a run is repeatable; try new seeds locally with
// FC_SEED=<n> npm run test:unit, and keep any case they find as a regression test.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261202) });

let errorSpy: ReturnType<typeof vi.spyOn>;
let warnSpy: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  errorSpy = vi.spyOn(console, 'error');
  warnSpy = vi.spyOn(console, 'warn');
});

afterEach(() => {
  expect(errorSpy, 'unexpected console.error').not.toHaveBeenCalled();
  expect(warnSpy, 'unexpected console.warn').not.toHaveBeenCalled();
});
