/**
 * The bibliography every article cites from. An article lists the ids it uses in its
 * `metadata.references`; `<Cite id="…">` links to the entry of that id.
 */
export interface Reference {
  /** Authors as printed, shortest correct form ("Glorot & Bengio", "Zhang et al."). */
  authors: string;
  year: number;
  title: string;
  /** Journal, conference or publisher. */
  venue: string;
  /** A stable link: arXiv abstract, DOI or the publisher's page. */
  url: string;
}

export const references = {
  glorot2010: {
    authors: 'Glorot & Bengio',
    year: 2010,
    title: 'Understanding the difficulty of training deep feedforward neural networks',
    venue: 'AISTATS',
    url: 'https://proceedings.mlr.press/v9/glorot10a.html',
  },
  glorot2011: {
    authors: 'Glorot, Bordes & Bengio',
    year: 2011,
    title: 'Deep sparse rectifier neural networks',
    venue: 'AISTATS',
    url: 'https://proceedings.mlr.press/v15/glorot11a.html',
  },
  he2015: {
    authors: 'He et al.',
    year: 2015,
    title: 'Delving deep into rectifiers: surpassing human-level performance on ImageNet classification',
    venue: 'ICCV; arXiv:1502.01852',
    url: 'https://arxiv.org/abs/1502.01852',
  },
  hooker2020: {
    authors: 'Hooker',
    year: 2020,
    title: 'The hardware lottery',
    venue: 'arXiv:2009.06489',
    url: 'https://arxiv.org/abs/2009.06489',
  },
  gale2019: {
    authors: 'Gale, Elsen & Hooker',
    year: 2019,
    title: 'The state of sparsity in deep neural networks',
    venue: 'arXiv:1902.09574',
    url: 'https://arxiv.org/abs/1902.09574',
  },
  ioffe2015: {
    authors: 'Ioffe & Szegedy',
    year: 2015,
    title: 'Batch normalization: accelerating deep network training by reducing internal covariate shift',
    venue: 'ICML; arXiv:1502.03167',
    url: 'https://arxiv.org/abs/1502.03167',
  },
  hu2021: {
    authors: 'Hu et al.',
    year: 2021,
    title: 'LoRA: low-rank adaptation of large language models',
    venue: 'arXiv:2106.09685',
    url: 'https://arxiv.org/abs/2106.09685',
  },
  saxe2013: {
    authors: 'Saxe, McClelland & Ganguli',
    year: 2013,
    title: 'Exact solutions to the nonlinear dynamics of learning in deep linear neural networks',
    venue: 'arXiv:1312.6120',
    url: 'https://arxiv.org/abs/1312.6120',
  },
  murray2015: {
    authors: 'Murray & Williams',
    year: 2015,
    title: 'On the (non) NP-hardness of computing circuit complexity',
    venue: 'CCC 2015',
    url: 'https://doi.org/10.4230/LIPIcs.CCC.2015.365',
  },
  blum1992: {
    authors: 'Blum & Rivest',
    year: 1992,
    title: 'Training a 3-node neural network is NP-complete',
    venue: 'Neural Networks 5(1)',
    url: 'https://doi.org/10.1016/S0893-6080(05)80010-3',
  },
  abrahamsen2021: {
    authors: 'Abrahamsen, Kleist & Miltzow',
    year: 2021,
    title: 'Training neural networks is ER-complete',
    venue: 'NeurIPS; arXiv:2102.09798',
    url: 'https://arxiv.org/abs/2102.09798',
  },
  belkin2019: {
    authors: 'Belkin et al.',
    year: 2019,
    title: 'Reconciling modern machine-learning practice and the classical bias–variance trade-off',
    venue: 'PNAS; arXiv:1812.11118',
    url: 'https://arxiv.org/abs/1812.11118',
  },
  nakkiran2019: {
    authors: 'Nakkiran et al.',
    year: 2019,
    title: 'Deep double descent: where bigger models and more data hurt',
    venue: 'arXiv:1912.02292',
    url: 'https://arxiv.org/abs/1912.02292',
  },
  ciresan2012: {
    authors: 'Cireşan, Meier & Schmidhuber',
    year: 2012,
    title: 'Multi-column deep neural networks for image classification',
    venue: 'CVPR; arXiv:1202.2745',
    url: 'https://arxiv.org/abs/1202.2745',
  },
  zhang2017: {
    authors: 'Zhang et al.',
    year: 2017,
    title: 'Understanding deep learning requires rethinking generalization',
    venue: 'ICLR; arXiv:1611.03530',
    url: 'https://arxiv.org/abs/1611.03530',
  },
  arpit2017: {
    authors: 'Arpit et al.',
    year: 2017,
    title: 'A closer look at memorization in deep networks',
    venue: 'ICML; arXiv:1706.05394',
    url: 'https://arxiv.org/abs/1706.05394',
  },
  srivastava2014: {
    authors: 'Srivastava et al.',
    year: 2014,
    title: 'Dropout: a simple way to prevent neural networks from overfitting',
    venue: 'JMLR 15',
    url: 'https://jmlr.org/papers/v15/srivastava14a.html',
  },
  cybenko1989: {
    authors: 'Cybenko',
    year: 1989,
    title: 'Approximation by superpositions of a sigmoidal function',
    venue: 'Mathematics of Control, Signals and Systems 2(4)',
    url: 'https://doi.org/10.1007/BF02551274',
  },
  hornik1991: {
    authors: 'Hornik',
    year: 1991,
    title: 'Approximation capabilities of multilayer feedforward networks',
    venue: 'Neural Networks 4(2)',
    url: 'https://doi.org/10.1016/0893-6080(91)90009-T',
  },
  leshno1993: {
    authors: 'Leshno et al.',
    year: 1993,
    title: 'Multilayer feedforward networks with a nonpolynomial activation function can approximate any function',
    venue: 'Neural Networks 6(6)',
    url: 'https://doi.org/10.1016/S0893-6080(05)80131-5',
  },
  hanin2017: {
    authors: 'Hanin & Sellke',
    year: 2017,
    title: 'Approximating continuous functions by ReLU nets of minimal width',
    venue: 'arXiv:1710.11278',
    url: 'https://arxiv.org/abs/1710.11278',
  },
  lu2017: {
    authors: 'Lu et al.',
    year: 2017,
    title: 'The expressive power of neural networks: a view from the width',
    venue: 'NeurIPS; arXiv:1709.02540',
    url: 'https://arxiv.org/abs/1709.02540',
  },
  pascanu2013: {
    authors: 'Pascanu, Montúfar & Bengio',
    year: 2013,
    title: 'On the number of response regions of deep feed forward networks with piece-wise linear activations',
    venue: 'arXiv:1312.6098',
    url: 'https://arxiv.org/abs/1312.6098',
  },
  montufar2014: {
    authors: 'Montúfar et al.',
    year: 2014,
    title: 'On the number of linear regions of deep neural networks',
    venue: 'NeurIPS; arXiv:1402.1869',
    url: 'https://arxiv.org/abs/1402.1869',
  },
  telgarsky2016: {
    authors: 'Telgarsky',
    year: 2016,
    title: 'Benefits of depth in neural networks',
    venue: 'COLT; arXiv:1602.04485',
    url: 'https://arxiv.org/abs/1602.04485',
  },
  hanin2019: {
    authors: 'Hanin & Rolnick',
    year: 2019,
    title: 'Complexity of linear regions in deep networks',
    venue: 'ICML; arXiv:1901.09021',
    url: 'https://arxiv.org/abs/1901.09021',
  },
  wattenberg2016: {
    authors: 'Wattenberg, Viégas & Johnson',
    year: 2016,
    title: 'How to use t-SNE effectively',
    venue: 'Distill',
    url: 'https://doi.org/10.23915/distill.00002',
  },
  alain2016: {
    authors: 'Alain & Bengio',
    year: 2016,
    title: 'Understanding intermediate layers using linear classifier probes',
    venue: 'arXiv:1610.01644',
    url: 'https://arxiv.org/abs/1610.01644',
  },
  goh2021: {
    authors: 'Goh et al.',
    year: 2021,
    title: 'Multimodal neurons in artificial neural networks',
    venue: 'Distill',
    url: 'https://doi.org/10.23915/distill.00030',
  },
  quiroga2005: {
    authors: 'Quiroga et al.',
    year: 2005,
    title: 'Invariant visual representation by single neurons in the human brain',
    venue: 'Nature 435',
    url: 'https://doi.org/10.1038/nature03687',
  },
  elhage2022: {
    authors: 'Elhage et al.',
    year: 2022,
    title: 'Toy models of superposition',
    venue: 'arXiv:2209.10652',
    url: 'https://arxiv.org/abs/2209.10652',
  },
  greydanus2020: {
    authors: 'Greydanus',
    year: 2020,
    title: 'Scaling down deep learning (MNIST-1D)',
    venue: 'arXiv:2011.14439',
    url: 'https://arxiv.org/abs/2011.14439',
  },
  smilkov2016: {
    authors: 'Smilkov & Carter',
    year: 2016,
    title: 'TensorFlow Playground',
    venue: 'playground.tensorflow.org',
    url: 'https://playground.tensorflow.org',
  },
  vandermaaten2008: {
    authors: 'van der Maaten & Hinton',
    year: 2008,
    title: 'Visualizing data using t-SNE',
    venue: 'JMLR 9',
    url: 'https://jmlr.org/papers/v9/vandermaaten08a.html',
  },
  lecun1998: {
    authors: 'LeCun et al.',
    year: 1998,
    title: 'Gradient-based learning applied to document recognition',
    venue: 'Proceedings of the IEEE 86(11)',
    url: 'https://doi.org/10.1109/5.726791',
  },
  nielsen2015: {
    authors: 'Nielsen',
    year: 2015,
    title: 'A visual proof that neural nets can compute any function (Neural Networks and Deep Learning, ch. 4)',
    venue: 'Determination Press',
    url: 'http://neuralnetworksanddeeplearning.com/chap4.html',
  },
  rumelhart1986: {
    authors: 'Rumelhart, Hinton & Williams',
    year: 1986,
    title: 'Learning representations by back-propagating errors',
    venue: 'Nature 323',
    url: 'https://doi.org/10.1038/323533a0',
  },
  hochreiter1991: {
    authors: 'Hochreiter',
    year: 1991,
    title: 'Untersuchungen zu dynamischen neuronalen Netzen (diploma thesis; the vanishing-gradient analysis)',
    venue: 'TU München',
    url: 'https://people.idsia.ch/~juergen/SeppHochreiter1991ThesisAdvisorSchmidhuber.pdf',
  },
  krogh1991: {
    authors: 'Krogh & Hertz',
    year: 1991,
    title: 'A simple weight decay can improve generalization',
    venue: 'NeurIPS 4',
    url: 'https://proceedings.neurips.cc/paper/1991/hash/8eefcfdf5990e441f0fb6f3fad709e21-Abstract.html',
  },
  elsken2019: {
    authors: 'Elsken, Metzen & Hutter',
    year: 2019,
    title: 'Neural architecture search: a survey',
    venue: 'JMLR 20; arXiv:1808.05377',
    url: 'https://arxiv.org/abs/1808.05377',
  },
  he2016: {
    authors: 'He et al.',
    year: 2016,
    title: 'Deep residual learning for image recognition',
    venue: 'CVPR; arXiv:1512.03385',
    url: 'https://arxiv.org/abs/1512.03385',
  },
  maas2013: {
    authors: 'Maas, Hannun & Ng',
    year: 2013,
    title: 'Rectifier nonlinearities improve neural network acoustic models',
    venue: 'ICML Workshop on Deep Learning for Audio, Speech and Language Processing',
    url: 'https://ai.stanford.edu/~amaas/papers/relu_hybrid_icml2013_final.pdf',
  },
  hendrycks2016: {
    authors: 'Hendrycks & Gimpel',
    year: 2016,
    title: 'Gaussian error linear units (GELUs)',
    venue: 'arXiv:1606.08415',
    url: 'https://arxiv.org/abs/1606.08415',
  },
  zeiler2014: {
    authors: 'Zeiler & Fergus',
    year: 2014,
    title: 'Visualizing and understanding convolutional networks',
    venue: 'ECCV; arXiv:1311.2901',
    url: 'https://arxiv.org/abs/1311.2901',
  },
  olah2017: {
    authors: 'Olah, Mordvintsev & Schubert',
    year: 2017,
    title: 'Feature visualization',
    venue: 'Distill',
    url: 'https://doi.org/10.23915/distill.00007',
  },
  szegedy2015: {
    authors: 'Szegedy et al.',
    year: 2015,
    title: 'Going deeper with convolutions',
    venue: 'CVPR; arXiv:1409.4842',
    url: 'https://arxiv.org/abs/1409.4842',
  },
  huang2017: {
    authors: 'Huang et al.',
    year: 2017,
    title: 'Densely connected convolutional networks',
    venue: 'CVPR; arXiv:1608.06993',
    url: 'https://arxiv.org/abs/1608.06993',
  },
  zoph2017: {
    authors: 'Zoph & Le',
    year: 2017,
    title: 'Neural architecture search with reinforcement learning',
    venue: 'ICLR; arXiv:1611.01578',
    url: 'https://arxiv.org/abs/1611.01578',
  },
  mishra2021: {
    authors: 'Mishra et al.',
    year: 2021,
    title: 'Accelerating sparse deep neural networks',
    venue: 'arXiv:2104.08378',
    url: 'https://arxiv.org/abs/2104.08378',
  },
} as const satisfies Record<string, Reference>;

export type ReferenceId = keyof typeof references;

/** True when `id` names an entry of the bibliography. */
export function isReferenceId(id: string): id is ReferenceId {
  return Object.prototype.hasOwnProperty.call(references, id);
}

/** The short in-text form of a citation, "Zhang et al. 2017". */
export function citationLabel(id: ReferenceId): string {
  const entry: Reference = references[id];
  return `${entry.authors} ${entry.year}`;
}
