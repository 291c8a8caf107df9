import { describe, expect, it } from 'vitest';
import { chooseEngine, estimateUpdateFlops, samplesPerUpdate, TFJS_FLOP_THRESHOLD } from '@/lib/nn/engineChoice';
import { makeSpec } from './fixtures';

describe('chooseEngine(spec, batchSize, trainCount)', () => {
  it('estimates 6·B·Σ in·out FLOPs per update, B clamped to the set', () => {
    const playground = makeSpec(2, [8, 8, 8], 1, 'tanh', 'sigmoid');
    expect(estimateUpdateFlops(playground, 10, 500)).toBe(6 * 10 * 152);
    expect(samplesPerUpdate('full', 500)).toBe(500);
    expect(samplesPerUpdate(1000, 500)).toBe(500);
    expect(samplesPerUpdate(0, 500)).toBe(1);
  });

  it('picks tfjs from about 1 MFLOP per update, typed below', () => {
    expect(TFJS_FLOP_THRESHOLD).toBe(1e6);
    const playground = makeSpec(2, [8, 8, 8], 1, 'tanh', 'sigmoid');
    expect(chooseEngine(playground, 10, 500)).toBe('typed');
    expect(chooseEngine(playground, 'full', 500)).toBe('typed');
    const mnist = makeSpec(784, [128], 10, 'relu', 'softmax');
    expect(chooseEngine(mnist, 1, 1000)).toBe('typed');
    expect(chooseEngine(mnist, 10, 1000)).toBe('tfjs');
  });
});
