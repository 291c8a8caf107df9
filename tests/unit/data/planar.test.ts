import { describe, expect, it } from 'vitest';
import { makeCircle, makeGaussians, makeMoons, makeSpiral, makeXor, planarGenerators, type PlanarName } from '@/lib/data/planar';
import { countClasses } from '@/lib/data/dataset';

const names = Object.keys(planarGenerators) as PlanarName[];

function bytes(array: Float32Array | Int32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

describe('planar datasets', () => {
  it.each(names)('%s({count, noise, seed}) has n × 2 inputs, 2 balanced classes', (name) => {
    const dataset = planarGenerators[name]({ count: 201, noise: 0.1, seed: 1 });
    expect(dataset.count).toBe(201);
    expect(dataset.inputSize).toBe(2);
    expect(dataset.inputs).toHaveLength(402);
    expect(dataset.classes).toBe(2);
    expect(Array.from(countClasses(dataset))).toEqual([101, 100]);
  });

  it.each(names)('%s without noise stays inside the box [−1, 1]²', (name) => {
    const dataset = planarGenerators[name]({ count: 500, noise: 0, seed: 2 });
    for (const value of dataset.inputs) {
      expect(value).toBeGreaterThanOrEqual(-1);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it.each(names)('%s with noise 0.1 stays roughly in the box', (name) => {
    const dataset = planarGenerators[name]({ count: 500, noise: 0.1, seed: 3 });
    for (const value of dataset.inputs) expect(Math.abs(value)).toBeLessThan(1.6);
  });

  it.each(names)('%s is seed-stable: same seed, same bytes; other seed, other bytes', (name) => {
    const first = planarGenerators[name]({ count: 100, noise: 0.05, seed: 7 });
    const again = planarGenerators[name]({ count: 100, noise: 0.05, seed: 7 });
    const other = planarGenerators[name]({ count: 100, noise: 0.05, seed: 8 });
    expect(bytes(again.inputs)).toEqual(bytes(first.inputs));
    expect(bytes(again.labels)).toEqual(bytes(first.labels));
    expect(bytes(other.inputs)).not.toEqual(bytes(first.inputs));
  });

  it('makeCircle puts class 0 inside radius 0.45 and class 1 outside 0.6 (no noise)', () => {
    const dataset = makeCircle({ count: 300, noise: 0, seed: 4 });
    for (let i = 0; i < dataset.count; i++) {
      const radius = Math.hypot(dataset.inputs[2 * i], dataset.inputs[2 * i + 1]);
      if (dataset.labels[i] === 0) expect(radius).toBeLessThanOrEqual(0.45);
      else expect(radius).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('makeXor labels by the sign of x·y (no noise)', () => {
    const dataset = makeXor({ count: 300, noise: 0, seed: 5 });
    for (let i = 0; i < dataset.count; i++) {
      const product = dataset.inputs[2 * i] * dataset.inputs[2 * i + 1];
      expect(dataset.labels[i]).toBe(product > 0 ? 0 : 1);
    }
  });

  it('makeGaussians centres the classes at ∓0.45', () => {
    const dataset = makeGaussians({ count: 2000, noise: 0, seed: 6 });
    const sums = [0, 0];
    for (let i = 0; i < dataset.count; i++) sums[dataset.labels[i]] += dataset.inputs[2 * i] / 1000;
    expect(sums[0]).toBeCloseTo(-0.45, 1);
    expect(sums[1]).toBeCloseTo(0.45, 1);
  });

  it('makeSpiral puts the two arms half a turn apart', () => {
    const dataset = makeSpiral({ count: 400, noise: 0, seed: 7 });
    for (let i = 0; i < dataset.count; i++) {
      const x = dataset.inputs[2 * i], y = dataset.inputs[2 * i + 1];
      const t = Math.hypot(x, y) / 0.95;
      const angle = 3.5 * Math.PI * t + dataset.labels[i] * Math.PI;
      expect(x).toBeCloseTo(0.95 * t * Math.cos(angle), 4);
      expect(y).toBeCloseTo(0.95 * t * Math.sin(angle), 4);
    }
  });

  it('makeMoons maps the moons into x ∈ [−1, 1], y ∈ [−½, ½]', () => {
    const dataset = makeMoons({ count: 400, noise: 0, seed: 8 });
    for (let i = 0; i < dataset.count; i++) expect(Math.abs(dataset.inputs[2 * i + 1])).toBeLessThanOrEqual(0.5 + 1e-6);
  });

  it('makeX({count: 0}) returns an empty dataset', () => {
    expect(makeCircle({ count: 0, noise: 0.1, seed: 1 }).inputs).toHaveLength(0);
  });
});
