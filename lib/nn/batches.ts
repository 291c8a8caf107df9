/**
 * Minibatches: at the start of each epoch the sample order is shuffled with the session's
 * seeded generator, and batches are consecutive slices of it (the last one of an epoch may be
 * smaller). Both engines read the same slices, so they see the same batches in the same order.
 */
import type { Random } from '../random';

/** Walks epochs of shuffled sample indices, one batch at a time, without allocating. */
export class BatchSampler {
  /** The current epoch's permutation of 0 … n−1. */
  readonly order: Int32Array;
  /** Where the batch from the last `advance` starts in `order`. */
  start = 0;
  /** Samples in the batch from the last `advance`. */
  count = 0;
  private position = 0;

  constructor(
    readonly sampleCount: number,
    private readonly random: Random,
  ) {
    this.order = new Int32Array(sampleCount);
    for (let index = 0; index < sampleCount; index++) this.order[index] = index;
  }

  /**
   * Moves to the next batch of at most `size` samples and returns false; or, when `size` covers
   * the whole set, returns true without drawing (a full batch is the set in its own order).
   */
  advance(size: number): boolean {
    if (size >= this.sampleCount) {
      this.start = 0;
      this.count = this.sampleCount;
      return true;
    }
    if (this.position === 0) this.shuffle();
    this.start = this.position;
    this.count = Math.min(size, this.sampleCount - this.position);
    this.position = (this.position + this.count) % this.sampleCount;
    return false;
  }

  /**
   * Fisher–Yates with the same draws as `random.shuffleInPlace`, so the same permutation, but
   * on this Int32Array alone: the shared shuffle also sees other kinds of arrays, and its
   * element accesses then cost as much as a whole small update.
   */
  private shuffle(): void {
    const order = this.order;
    for (let index = order.length - 1; index > 0; index--) {
      const other = this.random.int(index + 1);
      const held = order[index];
      order[index] = order[other];
      order[other] = held;
    }
  }
}
