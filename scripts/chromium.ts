/**
 * Finds a Chromium for the end-to-end tests. `npx playwright install` needs a CDN that CI may not
 * reach, so a system Chromium (Debian's `chromium` package) comes first.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that let Chromium run as root in a container, without GPU, network chatter or updates. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function playwrightBundledChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Chromium executable to launch: $STACKWISE_CHROMIUM (or $CHROMIUM_PATH), then
 * /usr/bin/chromium, then the browser `npx playwright install chromium` downloads.
 */
export function findChromium(): string {
  for (const name of ['STACKWISE_CHROMIUM', 'CHROMIUM_PATH'] as const) {
    const fromEnv = process.env[name];
    if (fromEnv) {
      if (!existsSync(fromEnv)) {
        throw new Error(`${name} is set to ${fromEnv}, but no file exists there.`);
      }
      return fromEnv;
    }
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  const bundled = playwrightBundledChromium();
  if (bundled) return bundled;
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Install one of these ways:',
      '  - Debian/Ubuntu: apt-get install -y chromium   (provides /usr/bin/chromium)',
      '  - Playwright:    npx playwright install chromium',
      'or point STACKWISE_CHROMIUM at a Chromium or Chrome executable.',
    ].join('\n'),
  );
}
