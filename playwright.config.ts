import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './scripts/chromium.ts';

const PORT = Number(process.env.STACKWISE_E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}/`;

/**
 * End-to-end tests run against the production build in dist/ (`npm test` builds it first), served
 * by `vite preview`, in a system Chromium (see scripts/chromium.ts).
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // Two cores: two workers. Every test has its own context, so specs are parallel-safe.
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      args: [...CHROMIUM_FLAGS],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
    },
  ],
  webServer: {
    // --host: "localhost" may resolve to ::1 only, and the tests use 127.0.0.1.
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
