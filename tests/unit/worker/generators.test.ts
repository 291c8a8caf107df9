import { describe, expect, it } from 'vitest';
import { encodeDigits } from '@/lib/data/digits';
import { createDatasetResolver } from '@/lib/worker/datasets';
import { createGenerators } from '@/lib/worker/generators';
import { tinyData } from './fakes';

function fakeDigits(count: number): ArrayBuffer {
  const inputs = new Float32Array(count * 64).map((_, index) => (index % 7) / 7);
  const labels = Int32Array.from({ length: count }, (_, index) => index % 10);
  return encodeDigits({ count, inputSize: 64, inputs, labels, classes: 10 });
}

describe('createDatasetResolver(createGenerators(fetch))', () => {
  const fetched: string[] = [];
  const resolve = createDatasetResolver(createGenerators(async (path) => {
    fetched.push(path);
    return fakeDigits(100);
  }));

  it('passes arrays through untouched', () => {
    const data = tinyData();
    expect(resolve({ kind: 'arrays', data })).toBe(data);
  });

  it('generates a named 2-D set, split in halves, the same for the same seed', async () => {
    const source = { kind: 'generator' as const, name: 'spiral', params: { count: 200, noise: 0.1 }, seed: 5 };
    const first = await resolve(source);
    const second = await resolve(source);
    expect(first.train.count + first.validation.count).toBe(200);
    expect(first.validation.count).toBe(100);
    expect(first.train.inputs).toEqual(second.train.inputs);
    expect(first.train.inputSize).toBe(2);
  });

  it('honours validationFraction and label noise on the training part only', async () => {
    const clean = await resolve({ kind: 'generator', name: 'circle', params: { count: 100, validationFraction: 0.2 }, seed: 1 });
    const noisy = await resolve({ kind: 'generator', name: 'circle', params: { count: 100, validationFraction: 0.2, labelNoise: 1, labelNoiseMode: 'random' }, seed: 1 });
    expect(clean.validation.count).toBe(20);
    expect(noisy.validation.labels).toEqual(clean.validation.labels);
    expect(noisy.train.labels).not.toEqual(clean.train.labels);
  });

  it('fetches and decodes the digits, keeping the first `count`', async () => {
    const digits = await resolve({ kind: 'generator', name: 'digits', params: { side: 8, count: 50 }, seed: 2 });
    expect(fetched).toEqual(['/data/digits-8.bin']);
    expect(digits.train.count + digits.validation.count).toBe(50);
    expect(digits.train.inputSize).toBe(64);
  });

  it('names the known generators when asked for an unknown one', () => {
    expect(() => resolve({ kind: 'generator', name: 'imagenet', params: {}, seed: 1 })).toThrow(/circle.*spiral|spiral.*circle/);
  });
});
