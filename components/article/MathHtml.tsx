/**
 * One formula, rendered by KaTeX at build time (scripts/mdx/rehype-math-islands.mjs). The
 * HTML comes from our own articles through KaTeX, never from a reader's input.
 */
export function MathHtml({ html, display = false }: { html: string; display?: boolean }) {
  return display ? (
    <div className="math-display" dangerouslySetInnerHTML={{ __html: html }} />
  ) : (
    <span className="math-inline" dangerouslySetInnerHTML={{ __html: html }} />
  );
}
