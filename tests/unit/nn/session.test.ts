import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@/lib/data/dataset';
import { chooseEngine, createSession } from '@/lib/nn/session';
import type { EngineName, SessionOptions, Snapshot } from '@/lib/nn/session.types';
import { makeRandom } from '@/lib/random';
import { makeHyper, makeRegressionData, makeSpec, makeXorData, split } from './fixtures';
import { expectNoTensorLeaks } from '../../tfjsLeaks';

const engines: EngineName[] = ['typed', 'tfjs'];
const spec = makeSpec(2, [6, 4], 1, 'tanh', 'sigmoid');
const data = split(makeXorData(60, 1), makeXorData(30, 2));
const request = {
  probe: { inputs: new Float32Array([0, 0, 0.5, -0.5, 1, 1]), count: 3 },
  grid: { xMin: -1, xMax: 1, yMin: -2, yMax: 2, resolution: 5 },
  weights: true,
};

function options(engine: EngineName, overrides: Partial<SessionOptions> = {}): SessionOptions {
  return { spec, data, hyper: makeHyper({ dropout: 0.1 }), seed: 11, engine, ...overrides };
}

/** Every number in `value`, walking objects, arrays and typed arrays. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (ArrayBuffer.isView(value)) return Array.from(value as Float32Array);
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

/** Four tight clusters at (±½, ±½) labelled by the sign of x·y. */
function makeSeparableXor(count: number, seed: number): Dataset {
  const random = makeRandom(seed);
  const inputs = new Float32Array(count * 2);
  const labels = new Int32Array(count);
  for (let sample = 0; sample < count; sample++) {
    const x = random.next() < 0.5 ? -0.5 : 0.5;
    const y = random.next() < 0.5 ? -0.5 : 0.5;
    inputs[2 * sample] = x + random.uniform(-0.15, 0.15);
    inputs[2 * sample + 1] = y + random.uniform(-0.15, 0.15);
    labels[sample] = x * y > 0 ? 1 : 0;
  }
  return { count, inputSize: 2, inputs, labels, classes: 2 };
}

describe('createSession(options)', () => {
  expectNoTensorLeaks();

  for (const engine of engines) {
    it(`${engine}: the same seed gives identical snapshots, another seed different ones`, () => {
      const runs = [11, 11, 12].map((seed) => {
        const session = createSession(options(engine, { seed }));
        const snapshots = [session.step(7, request), session.step(30, request)];
        session.dispose();
        return snapshots;
      });
      expect(runs[1]).toEqual(runs[0]);
      expect(runs[2][1].trainLoss).not.toBe(runs[0][1].trainLoss);
    });

    it(`${engine}: reset() replays the run, reset(seed) equals a new session with that seed`, () => {
      const session = createSession(options(engine));
      const first = session.step(25, request);
      session.reset();
      expect(session.snapshot().step).toBe(0);
      expect(session.step(25, request)).toEqual(first);
      session.reset(99);
      const other = createSession(options(engine, { seed: 99 }));
      expect(session.step(10, request)).toEqual(other.step(10, request));
      session.dispose();
      other.dispose();
    });

    it(`${engine}: snapshots carry one entry per layer and the requested shapes`, () => {
      const session = createSession(options(engine));
      const snapshot = session.step(3, request);
      expect(snapshot.status).toBe('ready');
      expect(snapshot.step).toBe(3);
      expect(snapshot.epoch).toBeCloseTo(30 / 60, 10);
      expect(snapshot.layers).toHaveLength(3);
      expect(snapshot.layers.every((layer) => layer.gradientNorm > 0 && layer.weightNorm > 0)).toBe(true);
      expect(snapshot.activations?.map((layer) => layer.length)).toEqual([3 * 6, 3 * 4, 3 * 1]);
      expect(snapshot.grid?.resolution).toBe(5);
      expect(snapshot.grid?.values).toHaveLength(25);
      expect(snapshot.weights?.map((layer) => [layer.inputSize, layer.units, layer.weights.length])).toEqual([
        [2, 6, 12],
        [6, 4, 24],
        [4, 1, 4],
      ]);
      const plain = session.snapshot();
      expect(plain.activations).toBeUndefined();
      expect(plain.grid).toBeUndefined();
      expect(plain.weights).toBeUndefined();
      expect(plain.trainAccuracy).toBeGreaterThanOrEqual(0);
      session.dispose();
    });

    it(`${engine}: the grid is the output at x varying fastest, y from yMin upward`, () => {
      const session = createSession(options(engine));
      const grid = session.snapshot(request).grid!;
      const corners = new Float32Array([-1, -2, 1, -2, -1, -1, 1, 2]);
      const expected = session.predict(corners, 4);
      expect(grid.values[0]).toBeCloseTo(expected[0], 6);
      expect(grid.values[4]).toBeCloseTo(expected[1], 6);
      expect(grid.values[5]).toBeCloseTo(expected[2], 6);
      expect(grid.values[24]).toBeCloseTo(expected[3], 6);
      session.dispose();
    });

    it(`${engine}: learning rate 1e6 diverges, keeps the last finite weights and reports only finite numbers`, () => {
      const relu = makeSpec(2, [16, 16, 16], 1, 'relu', 'linear', { initialisation: 'he' });
      const regression = split(makeRegressionData(50, 3), makeRegressionData(20, 4));
      const hyper = makeHyper({ learningRate: 1e6, loss: 'meanSquaredError', optimiser: 'sgd', momentum: 0.9 });
      const session = createSession({ spec: relu, data: regression, hyper, seed: 2, engine });
      const snapshot: Snapshot = session.step(200, request);
      expect(snapshot.status).toBe('diverged');
      expect(snapshot.divergedAt).toBe(snapshot.step + 1);
      expect(numbersIn(snapshot).every(Number.isFinite)).toBe(true);
      expect(numbersIn(session.getWeights()).every(Number.isFinite)).toBe(true);
      expect(numbersIn(session.predict(new Float32Array([3, -3]), 1)).every(Number.isFinite)).toBe(true);
      const again = session.step(5);
      expect(again.step).toBe(snapshot.step);
      expect(again.status).toBe('diverged');
      session.reset();
      expect(session.snapshot().status).toBe('ready');
      session.dispose();
    });

    it(`${engine}: a 2-8-8-1 tanh net reaches 100% training accuracy on xor-like points`, () => {
      const xor = split(makeSeparableXor(80, 5), makeSeparableXor(40, 6));
      const net = makeSpec(2, [8, 8], 1, 'tanh', 'sigmoid');
      const hyper = makeHyper({ optimiser: 'adam', learningRate: 0.03, batchSize: 'full' });
      const session = createSession({ spec: net, data: xor, hyper, seed: 1, engine });
      const snapshot = session.step(engine === 'typed' ? 300 : 150);
      expect(snapshot.trainAccuracy).toBe(1);
      expect(snapshot.epoch).toBe(snapshot.step);
      session.dispose();
    });
  }

  it('tfjs: holds the same tensors after steps, reset, setWeights, predict and snapshots, none after dispose', () => {
    const session = createSession(options('tfjs'));
    const held = tf.memory().numTensors;
    session.step(5, request);
    expect(tf.memory().numTensors).toBe(held);
    session.reset();
    session.reset(4);
    expect(tf.memory().numTensors).toBe(held);
    session.setWeights(session.getWeights());
    session.predict(new Float32Array(8), 4);
    session.snapshot(request);
    session.setHyperParameters({ learningRate: 0.01, batchSize: 'full' });
    session.step(2);
    expect(tf.memory().numTensors).toBe(held);
    session.dispose();
  });

  it('setHyperParameters switches the optimiser and rejects a loss the head cannot use', () => {
    const session = createSession(options('typed'));
    session.setHyperParameters({ optimiser: 'adam', learningRate: 0.01 });
    expect(session.step(5).step).toBe(5);
    const regression = makeHyper({ loss: 'meanSquaredError' });
    const linear = createSession({ ...options('typed'), spec: makeSpec(2, [3], 1, 'relu', 'linear'), hyper: regression });
    expect(() => linear.setHyperParameters({ loss: 'crossEntropy' })).toThrow(/sigmoid or softmax/);
    expect(linear.step(1).step).toBe(1);
    expect(() => createSession({ ...options('typed'), spec: makeSpec(2, [3], 1, 'relu', 'linear') })).toThrow();
  });

  it('setWeights copies the weights and rejects wrong shapes and non-finite numbers', () => {
    const session = createSession(options('typed'));
    const weights = session.getWeights();
    session.setWeights(weights);
    weights[0].weights[0] = 123;
    expect(session.getWeights()[0].weights[0]).not.toBe(123);
    weights[0].weights[0] = Number.NaN;
    expect(() => session.setWeights(weights)).toThrow(/finite/);
    expect(() => session.setWeights(weights.slice(1))).toThrow(/layers/);
  });

  it('starts from initialWeights when given, and reset() returns to them', () => {
    const first = createSession(options('typed', { seed: 1 }));
    const given = first.getWeights();
    const session = createSession(options('typed', { seed: 2, initialWeights: given }));
    expect(session.getWeights()).toEqual(given);
    session.step(5);
    session.reset();
    expect(session.getWeights()).toEqual(given);
  });

  it('tfjs: works with an empty validation set (loss 0, accuracy null)', () => {
    const empty = { ...makeXorData(1, 3), count: 0, inputs: new Float32Array(0), labels: new Int32Array(0) };
    const session = createSession({ ...options('tfjs'), data: split(makeXorData(20, 1), empty) });
    const snapshot = session.step(2, request);
    expect(snapshot.validationLoss).toBe(0);
    expect(snapshot.validationAccuracy).toBeNull();
    expect(session.predict(new Float32Array(0), 0)).toHaveLength(0);
    session.dispose();
  });

  it('re-exports chooseEngine', () => {
    expect(chooseEngine(spec, 10, 60)).toBe('typed');
  });

  it('reports null accuracy for regression data', () => {
    const regression = split(makeRegressionData(30, 1), makeRegressionData(10, 2));
    const net = makeSpec(2, [4], 1, 'tanh', 'linear');
    const hyper = makeHyper({ loss: 'meanSquaredError' });
    const snapshot = createSession({ spec: net, data: regression, hyper, seed: 1, engine: 'typed' }).step(3);
    expect(snapshot.trainAccuracy).toBeNull();
    expect(snapshot.validationAccuracy).toBeNull();
  });

  it('evaluates sets above 2,000 samples on a fixed subset, and steps through epochs of the full set', () => {
    const large = split(makeXorData(2600, 1), makeXorData(2100, 2));
    const session = createSession({ ...options('typed'), data: large, hyper: makeHyper({ batchSize: 100 }) });
    const first = session.step(26);
    expect(first.epoch).toBe(1);
    expect(first.trainAccuracy! * 2000).toBeCloseTo(Math.round(first.trainAccuracy! * 2000), 6);
    expect(first.validationAccuracy! * 2000).toBeCloseTo(Math.round(first.validationAccuracy! * 2000), 6);
  });
});
