// Every unit test fails on an unexpected console.error or console.warn: noise hides real bugs.
import { afterEach, beforeEach, expect, vi } from 'vitest';

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
