// The articles as text: each keeps the post's question as its title, carries a marked note for
// every fact-sheet row that concerns it, cites only what its reference list holds, and
// compiles (MDX and KaTeX) without a single message.
import { readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { resolveMdxOptions } from '@/mdx.config.mjs';
import { describe, expect, it } from 'vitest';
import { questionSlugs } from '@/lib/content/articleMeta';
import { extractHeadings } from '@/lib/content/outline';
import { isReferenceId } from '@/lib/references';
import { widgets } from '@/components/widgets/registry';

/** The post's five questions, as the post words them (headings of the seed). */
const titles: Record<(typeof questionSlugs)[number], string> = {
  'why-layers': 'Why are neural networks structured in layers and not some other way?',
  'why-biases': 'Why are biases used?',
  'why-activation-functions': 'Why do we use activation functions? Why is ReLU better than sigmoid?',
  'choosing-an-architecture': 'How does one determine the architecture of a network, is there an arcane formula beyond intuition or luck?',
  'why-structure-emerges': 'Why does the network seem to learn structures that make sense?',
};

/** Which FACTS.md rows each article must note. */
const factsBySlug: Record<(typeof questionSlugs)[number], number[]> = {
  'why-layers': [2, 3],
  'why-biases': [4],
  'why-activation-functions': [1, 5, 6],
  'choosing-an-architecture': [7, 8, 9, 10, 11, 12, 13],
  'why-structure-emerges': [14, 15, 16],
};

function source(slug: string): string {
  return readFileSync(`content/${slug}.mdx`, 'utf8');
}

function metadataOf(text: string): Record<string, unknown> {
  const literal = text.match(/export const metadata = (\{[\s\S]*?\n\});/)?.[1];
  if (!literal) throw new Error('no metadata export');
  return new Function(`return (${literal});`)() as Record<string, unknown>;
}

describe('the articles', () => {
  it('cover the sixteen rows of the fact sheet, each in its article', () => {
    const all = Object.values(factsBySlug).flat().sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 16 }, (_, index) => index + 1));
  });

  for (const slug of questionSlugs) {
    describe(slug, () => {
      const text = source(slug);
      const metadata = metadataOf(text);

      it('has the post’s question as its title and a short answer first', () => {
        expect(metadata.slug).toBe(slug);
        expect(metadata.title).toBe(titles[slug]);
        expect(text.indexOf('<Answer>')).toBeGreaterThan(0);
        expect(text.indexOf('<Answer>')).toBeLessThan(text.indexOf('\n## '));
      });

      it('carries a marked note for each fact-sheet row about it, and no other', () => {
        const notes = [...text.matchAll(/<Note fact=\{(\d+)\}/g)].map((match) => Number(match[1]));
        expect([...new Set(notes)].sort((a, b) => a - b)).toEqual(factsBySlug[slug]);
        expect(metadata.facts).toEqual(factsBySlug[slug]);
      });

      it('cites only listed references, and lists only cited ones', () => {
        const cited = new Set([...text.matchAll(/<Cite id="([^"]+)"/g)].map((match) => match[1]));
        const listed = metadata.references as string[];
        for (const id of listed) expect(isReferenceId(id), id).toBe(true);
        expect([...cited].sort()).toEqual([...new Set(listed)].sort());
      });

      it('has plain-text headings with unique ids and no placeholder text', () => {
        const headings = extractHeadings(text);
        expect(headings.length).toBeGreaterThanOrEqual(3);
        for (const heading of headings) expect(heading.text).not.toMatch(/[$`<]/);
        expect(text).not.toMatch(/\bTODO\b|\bTBD\b|lorem ipsum/i);
      });

      it('uses only registered demos', () => {
        const ids = new Set<string>(widgets.map((widget) => widget.id));
        for (const match of text.matchAll(/<Demo id="([^"]+)"/g)) expect(ids.has(match[1]), match[1]).toBe(true);
      });

      it('compiles with the site’s math pipeline without a message', async () => {
        const file = await compile({ path: `content/${slug}.mdx`, value: text }, await resolveMdxOptions());
        expect(file.messages.map(String)).toEqual([]);
      });
    });
  }
});

describe('the article numbers', () => {
  it('states the post’s factorisation count: 100·2 + 2·100 = 400 against 100·100 = 10,000', () => {
    const text = source('why-activation-functions');
    expect(100 * 2 + 2 * 100).toBe(400);
    expect(100 * 100).toBe(10_000);
    expect(text).toContain('100 \\cdot 2 + 2 \\cdot 100 = 400');
    expect(text).toContain('100 \\cdot 100 = 10{,}000');
  });

  it('states sigmoid’s range (0, 1) and its largest slope 1/4', () => {
    const text = source('why-activation-functions');
    expect(text).toMatch(/\(0,\s*1\)/);
    expect(text).toMatch(/1\/4|\\tfrac\{1\}\{4\}|\\frac\{1\}\{4\}/);
  });

  it('states the one-layer region bound as a sum of binomials and 37 for n = 8, d = 2', () => {
    const text = source('choosing-an-architecture');
    expect(text).toMatch(/\\binom\{n\}\{j\}/);
    expect(1 + 8 + 28).toBe(37);
    expect(text).toMatch(/37/);
  });
});
