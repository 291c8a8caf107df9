import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTfjsEngine } from '@/lib/nn/tfjs/engine';
import { createLazyEngines, type TfjsSide } from '@/lib/worker/lazyEngines';
import type { PrepareBackendOptions } from '@/lib/worker/tfjsBackend';
import { hyper, smallSpec, tinyData } from './fakes';

/** A tfjs side that counts its loads and records what it was asked. */
function countingSide() {
  const calls = { loads: 0, prepared: [] as PrepareBackendOptions[], watched: 0 };
  const side: TfjsSide = {
    createTfjsEngine,
    prepareTfjsBackend: async (options) => {
      calls.prepared.push(options);
      await tf.setBackend('cpu');
      return 'cpu';
    },
    watchContextLoss: () => {
      calls.watched++;
      return () => {};
    },
  };
  const load = async () => {
    calls.loads++;
    return side;
  };
  return { calls, load };
}

const options = { spec: smallSpec, data: tinyData(), hyper, seed: 3 };
const workload = { multiplyAdds: 18, samplesPerStep: 4, flopsPerStep: 432 };

describe('createLazyEngines(load)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('creates typed sessions without loading the tfjs side', async () => {
    const { calls, load } = countingSide();
    const engines = createLazyEngines(load);
    const session = await engines.createSession({ ...options, engine: 'typed' });
    expect(session.engine).toBe('typed');
    expect(session.step(2).step).toBe(2);
    expect(calls.loads).toBe(0);
    expect(engines.tfjsRequested).toBe(false);
    expect(engines.watchBackend('cpu', () => {})).toBeTypeOf('function');
    expect(calls.watched).toBe(0);
  });

  it('loads the tfjs side once, for the first tfjs session or backend set-up', async () => {
    const { calls, load } = countingSide();
    const engines = createLazyEngines(load);
    const onFallback = () => {};
    expect(await engines.prepareBackend('auto', workload, onFallback)).toBe('cpu');
    expect(calls.prepared).toEqual([{ preference: 'auto', workload, onFallback }]);
    const first = await engines.createSession({ ...options, engine: 'tfjs' });
    const second = await engines.createSession({ ...options, engine: 'tfjs' });
    expect([first.engine, second.engine]).toEqual(['tfjs', 'tfjs']);
    expect(first.step(3)).toEqual(second.step(3));
    first.dispose();
    second.dispose();
    expect(calls.loads).toBe(1);
    engines.watchBackend('cpu', () => {});
    expect(calls.watched).toBe(1);
  });

  it('passes a failed load on to the caller', async () => {
    const engines = createLazyEngines(() => Promise.reject(new Error('chunk failed')));
    await expect(engines.createSession({ ...options, engine: 'tfjs' })).rejects.toThrow('chunk failed');
  });
});
