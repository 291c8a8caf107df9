import { describe, expect, it } from 'vitest';
import { createStreams } from '@/lib/nn/streams';

describe('createStreams(seed)', () => {
  it('gives independent, reproducible streams for initialisation, batches, dropout and evaluation', () => {
    const first = createStreams(3);
    const second = createStreams(3);
    const draws = (streams: ReturnType<typeof createStreams>) =>
      [streams.initialisation, streams.batches, streams.dropout, streams.evaluation].map((random) => random.next());
    const values = draws(first);
    expect(draws(second)).toEqual(values);
    expect(new Set(values).size).toBe(4);
    expect(draws(createStreams(4))).not.toEqual(values);
  });
});
