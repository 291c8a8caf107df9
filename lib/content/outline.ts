/**
 * The outline of an article, read from its MDX source: the `##`/`###` headings with the ids
 * rehype-slug gives them (github-slugger over the heading's text), and the reading time.
 */
import GithubSlugger from 'github-slugger';

export interface Heading {
  depth: 2 | 3;
  text: string;
  id: string;
}

/** Drops fenced code blocks and display math, where a leading '#' is not a heading. */
function proseLines(source: string): string[] {
  const lines: string[] = [];
  let fence: string | null = null;
  for (const line of source.split('\n')) {
    const marker = line.trim().match(/^(```|~~~|\$\$)/)?.[1] ?? null;
    if (fence) {
      if (marker === fence) fence = null;
      continue;
    }
    if (marker && !(marker === '$$' && line.trim().length > 2 && line.trim().endsWith('$$'))) {
      fence = marker;
      continue;
    }
    lines.push(line);
  }
  return lines;
}

/** The text a heading's markdown renders to (emphasis and code markers removed). */
function headingText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}

/** The ## and ### headings of an MDX source, with the ids rehype-slug assigns. */
export function extractHeadings(source: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  for (const line of proseLines(source)) {
    const match = line.match(/^(#{1,6})\s+(.+?)\s*#*\s*$/);
    if (!match) continue;
    const text = headingText(match[2]);
    const id = slugger.slug(text);
    const depth = match[1].length;
    if (depth === 2 || depth === 3) headings.push({ depth, text, id });
  }
  return headings;
}

/** Words of prose in an MDX source: tags, math and the metadata export left out. */
export function countWords(source: string): number {
  const prose = source
    .replace(/^export const[\s\S]*?\n};?\s*$/m, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' math ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_`>|-]/g, ' ');
  return prose.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
}

/** Minutes to read at 230 words a minute, at least 1. */
export function readingMinutes(source: string, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(countWords(source) / wordsPerMinute));
}
