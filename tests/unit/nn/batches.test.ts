import { describe, expect, it } from 'vitest';
import { BatchSampler } from '@/lib/nn/batches';
import { makeRandom } from '@/lib/random';

function epoch(sampler: BatchSampler, size: number): number[][] {
  const batches: number[][] = [];
  let seen = 0;
  while (seen < sampler.sampleCount) {
    sampler.advance(size);
    batches.push(Array.from(sampler.order.subarray(sampler.start, sampler.start + sampler.count)));
    seen += sampler.count;
  }
  return batches;
}

describe('new BatchSampler(n, random).advance(size)', () => {
  it('covers every sample once per epoch in slices of size, the last one smaller', () => {
    const sampler = new BatchSampler(23, makeRandom(1));
    const batches = epoch(sampler, 10);
    expect(batches.map((batch) => batch.length)).toEqual([10, 10, 3]);
    expect(batches.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, index) => index));
  });

  it('reshuffles each epoch, the same way for the same seed', () => {
    const first = new BatchSampler(30, makeRandom(4));
    const second = new BatchSampler(30, makeRandom(4));
    const epochs = [epoch(first, 7), epoch(first, 7)];
    expect(epochs[1]).not.toEqual(epochs[0]);
    expect([epoch(second, 7), epoch(second, 7)]).toEqual(epochs);
  });

  it('returns true for a batch that covers the whole set, in its own order, without drawing', () => {
    const sampler = new BatchSampler(5, makeRandom(1));
    expect(sampler.advance(5)).toBe(true);
    expect([sampler.start, sampler.count]).toEqual([0, 5]);
    expect(Array.from(sampler.order)).toEqual([0, 1, 2, 3, 4]);
  });

  it('draws its permutation as random.shuffleInPlace does (the same seed, the same order)', () => {
    const sampler = new BatchSampler(40, makeRandom(9));
    sampler.advance(8);
    const expected = makeRandom(9).shuffleInPlace(Int32Array.from({ length: 40 }, (_, index) => index));
    expect(Array.from(sampler.order)).toEqual(Array.from(expected));
  });
});
