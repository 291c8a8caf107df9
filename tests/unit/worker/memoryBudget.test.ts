import { describe, expect, it } from 'vitest';
import type { SplitDataset } from '@/lib/data/dataset';
import type { ModelSpec } from '@/lib/nn/spec';
import { checkMemoryBudget, estimateRunBytes, MEMORY_BUDGET_BYTES } from '@/lib/worker/memoryBudget';
import { createHarness, initMessage } from './fakes';

const set = (count: number, inputSize: number) => ({ count, inputSize, inputs: new Float32Array(0), labels: new Int32Array(0), classes: 10 });
const data = (train: number, validation: number, inputSize: number): SplitDataset => ({ train: set(train, inputSize), validation: set(validation, inputSize) });
const mlp = (inputSize: number, widths: number[], outputSize: number): ModelSpec => ({
  inputSize,
  hidden: widths.map((units) => ({ units, activation: 'relu', useBias: true })),
  outputSize,
  outputBias: true,
  head: 'softmax',
} as unknown as ModelSpec);

describe('memoryBudget', () => {
  it('estimateRunBytes counts parameters four times, activations for the larger of a batch and an evaluation, and the data', () => {
    // 2-3-1: 9 weights + 6 units' worth of biases (upper bound) = 15 parameters; 6 units; 10 + 10 samples of 2 + 1 values.
    const bytes = estimateRunBytes(mlp(2, [3], 1), { batchSize: 5 }, data(10, 10, 2));
    expect(bytes).toBe(4 * (4 * 15 + 3 * 20 * 6 + 20 * 3));
  });

  it('the site’s largest nets fit: a 784-128-128-10 digit MLP on 2,000 samples, a 10 × 32 planar net', () => {
    expect(() => checkMemoryBudget(mlp(784, [128, 128], 10), { batchSize: 'full' }, data(2000, 500, 784))).not.toThrow();
    expect(() => checkMemoryBudget(mlp(2, Array(10).fill(32), 1), { batchSize: 'full' }, data(1000, 1000, 2))).not.toThrow();
  });

  it('refuses a run over the budget, saying how much it needs', () => {
    expect(() => checkMemoryBudget(mlp(784, [4096, 4096], 10), { batchSize: 'full' }, data(1000, 100, 784))).toThrow(/need about \d+\.\d MB, over the 64\.0 MB a demo may use/);
    expect(MEMORY_BUDGET_BYTES).toBe(64 * 1024 * 1024);
  });

  it('the worker refuses an over-budget run with an error message instead of allocating it', async () => {
    const harness = createHarness();
    await harness.trainer.handle(initMessage({ spec: mlp(2, [3000, 3000, 3000], 1) }));
    const messages = harness.drain();
    expect(messages.map((message) => message.type)).toEqual(['error']);
    expect(messages[0]).toMatchObject({ message: expect.stringMatching(/over the 64\.0 MB a demo may use/) });
    expect(harness.sessions).toHaveLength(0);
  });
});
