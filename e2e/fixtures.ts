/**
 * Shared end-to-end fixtures. Every test gets a guard that fails it when the page logs a console
 * error, throws an uncaught error, violates the Content Security Policy or tries to reach any host
 * other than the app's own (PRODUCT.md, "Quality bars").
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { STORAGE_KEY } from '../src/store/persist.ts';

export { expect };

/** The WCAG 2.2 AA rule sets axe checks. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const VIEWPORTS = {
  phone: { width: 375, height: 800 },
  desktop: { width: 1280, height: 900 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

export async function setViewport(page: Page, name: ViewportName): Promise<void> {
  await page.setViewportSize(VIEWPORTS[name]);
}

const CSP_BINDING = '__stackwiseReportCspViolation';

interface CspViolation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  column: number;
  sample: string;
}

/** Network schemes that count as "a request"; data:, blob: and about: stay inside the page. */
function isNetworkUrl(url: URL): boolean {
  return ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol);
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

export const test = base.extend<{
  pageGuard: void;
  allowedOrigins: string[];
  expectedConsoleErrors: RegExp[];
}>({
  /**
   * Origins besides the app's that a spec serves itself and may reach (the embedding spec's host
   * pages). Everything else stays blocked.
   */
  allowedOrigins: [[], { option: true }],
  /**
   * Console errors a test provokes on purpose and expects, such as the browser's own report of a
   * frame that `frame-ancestors` refuses. Every other console error still fails the test.
   */
  expectedConsoleErrors: [[], { option: true }],
  pageGuard: [
    async ({ context, baseURL, allowedOrigins, expectedConsoleErrors }, use, testInfo) => {
      const appOrigin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
      const allowed = new Set([appOrigin, ...allowedOrigins]);
      const problems: string[] = [];
      const isForeign = (url: string): boolean => {
        const parsed = parseUrl(url);
        return !!parsed && isNetworkUrl(parsed) && !allowed.has(parsed.origin);
      };

      context.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        if (expectedConsoleErrors.some((expected) => expected.test(msg.text()))) return;
        const { url, lineNumber, columnNumber } = msg.location();
        const where = url ? ` (at ${url}:${lineNumber}:${columnNumber})` : '';
        problems.push(`console.error on ${msg.page()?.url() ?? '?'}: ${msg.text()}${where}`);
      });
      context.on('weberror', (webError) => {
        const error = webError.error();
        problems.push(
          `uncaught error on ${webError.page()?.url() ?? '?'}: ${error.stack ?? error.message}`,
        );
      });
      context.on('request', (request) => {
        if (isForeign(request.url())) {
          let from = '?';
          try {
            from = request.frame().url();
          } catch {
            // Service worker requests have no frame.
          }
          problems.push(
            `request to another host (blocked): ${request.method()} ${request.url()} from ${from}`,
          );
        }
      });
      context.on('page', (page) => {
        page.on('websocket', (ws) => {
          if (isForeign(ws.url())) problems.push(`WebSocket to another host: ${ws.url()}`);
        });
      });
      // Block rather than merely record, so a test never depends on the outside world.
      await context.route(
        (url) => isNetworkUrl(url) && !allowed.has(url.origin),
        (route) => route.abort('blockedbyclient'),
      );
      await context.exposeBinding(CSP_BINDING, ({ page }, v: CspViolation) => {
        problems.push(
          `CSP violation on ${page.url()}: directive "${v.directive}" blocked ` +
            `${v.blockedURI || '(inline)'}` +
            (v.sourceFile ? ` at ${v.sourceFile}:${v.line}:${v.column}` : '') +
            (v.sample ? ` sample: ${v.sample}` : ''),
        );
      });
      await context.addInitScript((binding: string) => {
        document.addEventListener(
          'securitypolicyviolation',
          (e) => {
            const report = (window as unknown as Record<string, (v: unknown) => void>)[binding];
            report?.({
              directive: e.effectiveDirective || e.violatedDirective,
              blockedURI: e.blockedURI,
              sourceFile: e.sourceFile,
              line: e.lineNumber,
              column: e.columnNumber,
              sample: e.sample,
            });
          },
          true,
        );
      }, CSP_BINDING);

      await use();

      if (problems.length > 0) {
        const list = problems.map((p, i) => `  ${i + 1}. ${p}`).join('\n');
        await testInfo.attach('page-problems.txt', { body: list, contentType: 'text/plain' });
        throw new Error(
          `The page misbehaved during "${testInfo.title}" (${problems.length} problem(s)):\n${list}`,
        );
      }
    },
    { auto: true },
  ],
});

/** Runs axe (WCAG 2.2 AA) on the current page and fails listing every violation. */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const report = results.violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 3)
        .map(
          (n) =>
            `      - ${n.target.join(' ')}${n.failureSummary ? `: ${oneLine(n.failureSummary)}` : ''}`,
        )
        .join('\n');
      const more = v.nodes.length > 3 ? `\n      ... and ${v.nodes.length - 3} more` : '';
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
  expect(
    results.violations.length,
    `axe found ${results.violations.length} violation(s) on ${label} (${page.url()}):\n${report}`,
  ).toBe(0);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Saved wizard state to seed: a state (version 1 is filled in) or a raw string, garbled or not. */
export type SeedState =
  | string
  | {
      version?: number;
      answers: Record<string, string[]>;
      exclude?: string[];
      lastStep?: string | null;
    };

/**
 * Puts saved answers in the wizard's storage before the tab's first page load only, so a reload
 * then sees what the app itself saved, as a returning visitor would.
 */
export async function seedSavedState(page: Page, saved: SeedState): Promise<void> {
  const raw =
    typeof saved === 'string'
      ? saved
      : JSON.stringify({ version: 1, exclude: [], lastStep: null, ...saved });
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('stackwise:e2e-seeded')) return;
      sessionStorage.setItem('stackwise:e2e-seeded', '1');
      localStorage.setItem(key, value);
    },
    [STORAGE_KEY, raw] as const,
  );
}
