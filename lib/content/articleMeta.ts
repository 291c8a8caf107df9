import type { ReferenceId } from '../references';

/** The slugs of the five questions, in the post's order. */
export const questionSlugs = [
  'why-layers',
  'why-biases',
  'why-activation-functions',
  'choosing-an-architecture',
  'why-structure-emerges',
] as const;

export type QuestionSlug = (typeof questionSlugs)[number];

/**
 * What each article exports as `metadata` from its .mdx file: the page title is the post's
 * question, `answer` the one sentence shown on the index, `description` the text link
 * previews show, `references` the bibliography ids the article cites, in the order listed.
 */
export interface ArticleMeta {
  slug: QuestionSlug | 'introduction';
  title: string;
  /** A short label for navigation ("Why layers?"). */
  shortTitle: string;
  answer: string;
  description: string;
  references: readonly ReferenceId[];
  /** The FACTS.md rows whose notes this article carries. */
  facts: readonly number[];
}
