import { describe, expect, it } from 'vitest';
import { BatchSampler } from '@/lib/nn/batches';
import { createBatchStore } from '@/lib/nn/batchStore';
import { createResidentBlock } from '@/lib/nn/dataBlock';
import { describeLayers } from '@/lib/nn/layers';
import { makeRandom } from '@/lib/random';
import { makeSpec, makeXorData } from './fixtures';

describe('createBatchStore(spec, layers, source)', () => {
  const spec = makeSpec(2, [3], 1, 'relu', 'sigmoid');
  const source = createResidentBlock(makeXorData(12, 1), spec, null);

  it('gathers the sampler’s rows into one reused buffer per batch size', () => {
    const store = createBatchStore(spec, describeLayers(spec), source);
    const sampler = new BatchSampler(12, makeRandom(1));
    sampler.advance(5);
    const first = store.gather(sampler);
    const row = sampler.order[sampler.start];
    expect(first.count).toBe(5);
    expect(first.resident).toBe(false);
    expect(Array.from(first.inputs.subarray(0, 2))).toEqual(Array.from(source.inputs.subarray(2 * row, 2 * row + 2)));
    expect(first.labels[0]).toBe(source.labels[row]);
    sampler.advance(5);
    expect(store.gather(sampler)).toBe(first);
    sampler.advance(5);
    expect(store.gather(sampler).count).toBe(2);
  });

  it('keeps one set of dropout masks per batch size', () => {
    const store = createBatchStore(spec, describeLayers(spec), source);
    expect(store.masksFor(4)).toBe(store.masksFor(4));
    expect(store.masksFor(4)[0]).toHaveLength(12);
  });
});
