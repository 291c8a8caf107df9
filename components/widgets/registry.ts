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
    id: 'collapse',
    title: 'Linear layers collapse into one',
    question: 'why-activation-functions',
    summary: 'Stack up to eight layers without an activation and train them on a ring: the boundary stays one straight line, and the trained matrices multiply into a single one. Add ReLU and it bends.',
  },
  {
    id: 'gradients',
    title: 'Vanishing gradients: sigmoid, tanh and ReLU at depth',
    question: 'why-activation-functions',
    summary: 'Train three deep nets side by side, sigmoid, tanh and ReLU, and watch each layer’s gradient on a log scale: sigmoid’s shrinks by orders of magnitude towards the input and its loss stays flat.',
  },
  {
    id: 'depth-width',
    title: 'Depth versus width, counted in linear regions',
    question: 'choosing-an-architecture',
    summary: 'Fold a line 2^k times with k layers of two ReLUs, then train a shallow-wide and a deep-narrow net of the same size and count their linear regions against the maxima.',
  },
  {
    id: 'universal',
    title: 'Universal approximation, one hinge at a time',
    question: 'choosing-an-architecture',
    summary: 'Add ReLU units one at a time and watch each add a hinge to a piecewise-linear fit of a sine, a step, a bumpy curve or your own drawing; train them all by Adam and plot the max error against width.',
  },
  {
    id: 'bias',
    title: 'Black, white and the bias',
    question: 'why-biases',
    summary: 'Train a tiny black-vs-white classifier with and without biases: without them the black image is exactly 0 in every layer and stuck at p = ½.',
  },
  {
    id: 'layer-tsne',
    title: 'Handwritten digits, layer by layer',
    question: 'why-structure-emerges',
    summary: 'Train a small network on real handwritten digits and see each layer in 2-D (t-SNE or PCA), with a linear probe measuring how separable the classes are at every layer.',
  },
  {
    id: 'neurons',
    title: 'What does one neuron respond to?',
    question: 'why-structure-emerges',
    summary: 'Train the digit network, pick a hidden unit, and see the digits that excite it most and least, its mean activation per class and its input weights.',
  },
  {
    id: 'sorting',
    title: 'Two sorts race: gradual order versus order at the last pass',
    question: 'why-structure-emerges',
    summary: 'Insertion or merge sort races an LSD radix sort on the same shuffled bars: the first gets more ordered write by write, the radix sort looks shuffled until its last pass, measured by Kendall’s τ.',
  },
  {
    id: 'graph-layers',
    title: 'From a tangle of neurons to dense layers',
    question: 'why-layers',
    summary: 'Drop a random brain-like graph’s back-edges, layer it by longest path, carry values across skipped layers, and count the zeros the dense matrices multiply. Edit the graph by click or keyboard.',
  },
  {
    id: 'dense-vs-sparse',
    title: 'Dense or sparse: timed on your device',
    question: 'why-layers',
    summary: 'Time one layer’s matrix–vector product done densely (plain typed arrays and tfjs matMul) and through a sparse (CSR) structure, from no zeros to 99.9% zeros, in a Web Worker on your own device, and see from which sparsity skipping the zeros starts to pay.',
  },
  {
    id: 'fit',
    title: 'The under- and overfitting lab',
    question: 'choosing-an-architecture',
    summary: 'Pick a data set, noise, training share, depth up to 10 layers and width up to 32 units, learning rate, batch, L2, dropout and loss; train, and watch training and validation curves say underfit, good fit or overfit. Add your own points by click or keyboard.',
  },
  {
    id: 'random-labels',
    title: 'Random labels: memorising without generalising',
    question: 'choosing-an-architecture',
    summary: 'Train the same network on true labels, on shuffled labels and on noise inputs: it fits all three to 100% training accuracy, with or without dropout and weight decay, but only the true labels generalise, and they are fitted first.',
  },
] as const satisfies readonly WidgetInfo[];

export type WidgetId = (typeof widgets)[number]['id'];

/** The registered demo with this id, or null. */
export function findWidget(id: string): WidgetInfo | null {
  return widgets.find((widget) => widget.id === id) ?? null;
}
