import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ComponentType } from 'react';
import { questionSlugs, type ArticleMeta, type QuestionSlug } from '@/lib/content/articleMeta';
import { extractHeadings, readingMinutes, type Heading } from '@/lib/content/outline';

export interface LoadedArticle {
  Content: ComponentType<Record<string, unknown>>;
  metadata: ArticleMeta;
  headings: Heading[];
  minutes: number;
}

/** True for the slug of one of the five questions. */
export function isQuestionSlug(slug: string): slug is QuestionSlug {
  return (questionSlugs as readonly string[]).includes(slug);
}

/** An article's compiled MDX, its metadata and its outline (read from the source at build time). */
export async function loadArticle(slug: QuestionSlug | 'introduction'): Promise<LoadedArticle> {
  const module = (await import(`@/content/${slug}.mdx`)) as { default: LoadedArticle['Content']; metadata: ArticleMeta };
  const source = await readFile(path.join(process.cwd(), 'content', `${slug}.mdx`), 'utf8');
  return { Content: module.default, metadata: module.metadata, headings: extractHeadings(source), minutes: readingMinutes(source) };
}

/** The metadata of the five questions, in the post's order. */
export async function loadQuestionList(): Promise<ArticleMeta[]> {
  return Promise.all(questionSlugs.map(async (slug) => (await loadArticle(slug)).metadata));
}

/** The page path of a question. */
export function questionPath(slug: QuestionSlug): string {
  return `/questions/${slug}`;
}
