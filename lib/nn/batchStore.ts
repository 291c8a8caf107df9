/**
 * Preallocated minibatch buffers and dropout masks, one set per batch size (a run uses at most
 * two: the batch size and the smaller last batch of an epoch), so that training allocates
 * nothing once they exist.
 */
import type { BatchSampler } from './batches';
import { createBatchBlock, gatherRows, type DataBlock } from './dataBlock';
import { createDropoutMasks, type DropoutMasks } from './dropout';
import type { LayerShape } from './layers';
import type { ModelSpec } from './spec';

/** Batch buffers and dropout masks, keyed by batch size. */
export interface BatchStore {
  /** The rows of the sampler's current batch, copied into the buffer for its size. */
  gather(sampler: BatchSampler): DataBlock;
  /** Dropout masks for batches of `count` samples. */
  masksFor(count: number): DropoutMasks;
}

/** Buffers for batches of `spec` drawn from `source`. */
export function createBatchStore(spec: ModelSpec, shapes: LayerShape[], source: DataBlock): BatchStore {
  const blocks = new Map<number, DataBlock>();
  const masks = new Map<number, DropoutMasks>();
  return {
    gather(sampler) {
      let block = blocks.get(sampler.count);
      if (!block) {
        block = createBatchBlock(spec, sampler.count);
        blocks.set(sampler.count, block);
      }
      gatherRows(source, sampler.order, sampler.start, block);
      return block;
    },
    masksFor(count) {
      let found = masks.get(count);
      if (!found) {
        found = createDropoutMasks(shapes, count);
        masks.set(count, found);
      }
      return found;
    },
  };
}
