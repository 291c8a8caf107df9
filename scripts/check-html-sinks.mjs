#!/usr/bin/env node
/**
 * The lint rule "nothing built from URL values goes into HTML": fails on any HTML sink in the
 * site's code (React's dangerouslySetInnerHTML, d3's .html(), innerHTML/outerHTML,
 * insertAdjacentHTML, document.write) outside a short allow-list of sinks whose input is fixed
 * at build time. Demo state comes from the URL, so a sink anywhere else could carry it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files allowed a number of sinks, and why their input is not the reader's. */
export const ALLOWED_SINKS = {
  'app/layout.tsx': { count: 1, why: 'the theme script, a constant string (app/theme-script.ts)' },
  'components/article/MathHtml.tsx': { count: 2, why: 'KaTeX output of our own articles, rendered at build time' },
};

const SINK = /dangerouslySetInnerHTML|\.html\s*\(|\.(?:inner|outer)HTML\b|insertAdjacentHTML|document\.write(?:ln)?\s*\(/g;

/** The sinks in one file's source: [{ line, text }]. Comments are not skipped: name sinks in prose sparingly. */
export function findSinks(source) {
  const found = [];
  source.split('\n').forEach((text, index) => {
    if (text.match(SINK)) found.push({ line: index + 1, text: text.trim() });
  });
  return found;
}

/** Every .ts/.tsx/.js/.mjs file under the given folders. */
function sourceFiles(root, folders) {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path);
      return /\.(tsx?|m?js)$/.test(entry.name) ? [path] : [];
    });
  return folders.flatMap((folder) => walk(join(root, folder)));
}

/** The violations in the project at `root`: sinks outside the allow-list, or more than one in an allowed file. */
export function checkProject(root, folders = ['app', 'components', 'lib']) {
  const problems = [];
  for (const file of sourceFiles(root, folders)) {
    const name = relative(root, file).replace(/\\/g, '/');
    const sinks = findSinks(readFileSync(file, 'utf8'));
    const allowed = ALLOWED_SINKS[name]?.count ?? 0;
    if (sinks.length > allowed) problems.push(...sinks.map((sink) => `${name}:${sink.line}: HTML sink: ${sink.text}`));
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = checkProject(join(new URL('.', import.meta.url).pathname, '..'));
  if (problems.length > 0) {
    console.error(`check-html-sinks: ${problems.length} HTML sink(s) outside the allow-list; render text with React instead:\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log(`check-html-sinks: no HTML sinks outside ${Object.keys(ALLOWED_SINKS).join(', ')}.`);
}
