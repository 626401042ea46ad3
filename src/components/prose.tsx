/**
 * Renders HTML produced by the content pipeline. It was sanitized at build time (rehype-sanitize),
 * so it is trusted here; never pass user input to this component.
 */
export function Prose({ html, className = '' }: { html: string; className?: string }) {
  return <div className={`prose ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
