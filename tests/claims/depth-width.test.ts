/**
 * Claims the depth-width demo's caption makes (content/choosing-an-architecture.mdx), checked
 * by running what the demo runs: the sawtooth counts, the default nets' sizes and bounds, and
 * a real training run of both nets on the same target.
 */
import { describe, expect, it } from 'vitest';
import { linearRegionsOnInterval } from '@/lib/analysis/linearRegions1d';
import { makeSawtooth, maxRegionsOneLayer } from '@/lib/analysis/regionBounds';
import { makeWigglyCurve } from '@/lib/data/wiggly';
import { createSession } from '@/lib/nn/session';
import { defaultState } from '@/lib/url/schema';
import { architectures, hyperParameters, makeSpec, maxSteps } from '@/components/widgets/DepthWidth/model';
import { depthWidthSchema } from '@/components/widgets/DepthWidth/state';

const defaults = defaultState(depthWidthSchema);

describe('claims: the depth-width demo', () => {
  it('the sawtooth’s counted pieces are 2^k: 2 at k = 1, 1,024 at k = 10, from 2k units', () => {
    expect(linearRegionsOnInterval(makeSawtooth(1), 0, 1).count).toBe(2);
    expect(linearRegionsOnInterval(makeSawtooth(10), 0, 1).count).toBe(1024);
    expect(makeSawtooth(10).slice(0, -1).reduce((units, layer) => units + layer.units, 0)).toBe(20);
  });

  it('the default nets have 97 and 106 parameters; the deep one’s bound is (m + 1)^L = 6^4 = 1,296', () => {
    const nets = architectures(defaults);
    expect(nets.wide.parameters).toBe(97);
    expect(nets.deep.parameters).toBe(106);
    expect(nets.deep.widths).toEqual([5, 5, 5, 5]);
    expect(nets.deep.maxRegions).toBe(1296);
  });

  it('one layer’s maximum is n + 1 on a line and 1 + n + n(n − 1)/2 in the plane', () => {
    for (const n of [4, 32, 64]) {
      expect(maxRegionsOneLayer(n, 1)).toBe(n + 1);
      expect(maxRegionsOneLayer(n, 2)).toBe(1 + n + (n * (n - 1)) / 2);
    }
  });

  it('after training, each default net has far fewer regions than its maximum; the deep one a few dozen at most', () => {
    const nets = architectures(defaults);
    for (const seed of [1, 2, 3]) {
      for (const net of [nets.wide, nets.deep]) {
        const session = createSession({ spec: makeSpec(net), data: makeWigglyCurve(), hyper: hyperParameters, seed, engine: 'typed' });
        const snapshot = session.step(maxSteps);
        const regions = linearRegionsOnInterval(session.getWeights(), -1, 1).count;
        session.dispose();
        expect(Number.isFinite(snapshot.trainLoss)).toBe(true);
        expect(regions).toBeGreaterThanOrEqual(1);
        expect(regions).toBeLessThanOrEqual(net.maxRegions);
        if (net.kind === 'deep') expect(regions).toBeLessThan(60);
        if (net.kind === 'deep') expect(regions * 20).toBeLessThan(net.maxRegions);
      }
    }
  });
});
