/**
 * The independent random streams of one session, all derived from its seed in a fixed order,
 * so that a seed fixes the initial weights, the batch order, the dropout masks and the
 * evaluation subset, each unaffected by how much the others draw.
 */
import { makeRandom, type Random } from '../random';

/** One generator per use, each forked from the seed under its own label. */
export interface SessionStreams {
  initialisation: Random;
  batches: Random;
  dropout: Random;
  evaluation: Random;
}

/** The streams of `seed`. */
export function createStreams(seed: number): SessionStreams {
  const root = makeRandom(seed);
  return {
    initialisation: root.fork('initialisation'),
    batches: root.fork('batches'),
    dropout: root.fork('dropout'),
    evaluation: root.fork('evaluation'),
  };
}
