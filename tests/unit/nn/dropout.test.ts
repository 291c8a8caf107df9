import { describe, expect, it } from 'vitest';
import { createDropoutMasks, fillDropoutMasks } from '@/lib/nn/dropout';
import { describeLayers } from '@/lib/nn/layers';
import { makeRandom } from '@/lib/random';
import { makeSpec } from './fixtures';

describe('createDropoutMasks(layers, count) and fillDropoutMasks(random, masks, p)', () => {
  const layers = describeLayers(makeSpec(2, [50, 40], 1, 'relu', 'sigmoid'));

  it('allocate one count × units mask per hidden layer', () => {
    expect(createDropoutMasks(layers, 10).map((mask) => mask.length)).toEqual([500, 400]);
  });

  it('drop about p of the units and scale the rest by 1/(1 − p)', () => {
    const masks = createDropoutMasks(layers, 100);
    fillDropoutMasks(makeRandom(1), masks, 0.25);
    const values = masks.flatMap((mask) => Array.from(mask));
    expect(new Set(values)).toEqual(new Set([0, Math.fround(1 / 0.75)]));
    const dropped = values.filter((value) => value === 0).length / values.length;
    expect(dropped).toBeGreaterThan(0.23);
    expect(dropped).toBeLessThan(0.27);
  });

  it('draw the same masks from the same seed', () => {
    const [first, second] = [1, 1].map((seed) => {
      const masks = createDropoutMasks(layers, 5);
      fillDropoutMasks(makeRandom(seed), masks, 0.5);
      return masks;
    });
    expect(second).toEqual(first);
  });
});
