import type { QuestionSlug } from '@/lib/content/articleMeta';

/** What the site knows of a demo without loading it: for the lab page, the sitemap and links. */
export interface WidgetInfo {
  id: string;
  title: string;
  /** The question whose article embeds it. */
  question: QuestionSlug;
  /** One sentence for the lab page and link previews. */
  summary: string;
}

export const widgets = [
  {
    id: 'activation-shapes',
    title: 'Activation functions and their slopes',
    question: 'why-activation-functions',
    summary: 'Move along the input axis and read off each activation’s value and slope: sigmoid’s slope never exceeds 1/4.',
  },
  {
    id: 'layer-tsne',
    title: 'Handwritten digits, layer by layer',
    question: 'why-structure-emerges',
    summary: 'Train a small network on real handwritten digits and see each layer in 2-D (t-SNE or PCA), with a linear probe measuring how separable the classes are at every layer.',
  },
] as const satisfies readonly WidgetInfo[];

export type WidgetId = (typeof widgets)[number]['id'];

/** The registered demo with this id, or null. */
export function findWidget(id: string): WidgetInfo | null {
  return widgets.find((widget) => widget.id === id) ?? null;
}
