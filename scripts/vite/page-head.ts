/**
 * The Vite plugin for the head of every page: the Content Security Policy (a meta tag in the
 * build, and dist/content-security-policy.txt for hosts that send it as a header) and the inline
 * boot script, allowed by its hash alone.
 */
import { createHash } from 'node:crypto';
import type { Plugin, ResolvedConfig } from 'vite';
import { BOOT_SCRIPT } from '../../src/app/boot-script.ts';

/** The boot script is the page's only inline code; the policy allows it by its hash alone. */
const BOOT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}'`;

/**
 * The policy the built app runs under. A meta tag cannot carry `frame-ancestors`; hosts send that
 * as a header (docs/deploying.md).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${BOOT_SCRIPT_HASH}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The head of every page: the policy (in the build) and the inline boot script
 * (src/app/boot-script.ts), right after the charset declaration, which must stay within the first
 * 1024 bytes. The script comes before the stylesheet link, so it never waits for the stylesheet.
 */
export function pageHead(): Plugin {
  let command: ResolvedConfig['command'];
  return {
    name: 'stackwise-page-head',
    configResolved(config) {
      command = config.command;
    },
    // The policy as one line, for hosts that send it as a header (docs/deploying.md, "Headers to send").
    generateBundle() {
      if (this.environment.config.build.ssr) return;
      this.emitFile({
        type: 'asset',
        fileName: 'content-security-policy.txt',
        source: `${CONTENT_SECURITY_POLICY}\n`,
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = '<meta charset="UTF-8" />';
        if (!html.includes(charset))
          throw new Error(`index.html must start its head with ${charset}`);
        const policy =
          command === 'build'
            ? `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;')}" />`
            : '';
        return (
          html
            .replace(charset, `${charset}\n    ${policy}\n    <script>${BOOT_SCRIPT}</script>`)
            // The entry script is not needed for the prerendered page's first paint: let the
            // stylesheet, which is, have the bandwidth first.
            .replace(
              '<script type="module" crossorigin',
              '<script type="module" fetchpriority="low" crossorigin',
            )
        );
      },
    },
  };
}
