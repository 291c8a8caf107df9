import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLibraryProduct } from '@/lib/analysis/sparseTiming';
import { denseMatVec, makeSparseMatrix } from '@/lib/analysis/sparse';
import { prepareTfjsMatMul, tfjsMatVec } from '@/lib/worker/tfjsMatMul';

describe('tfjsMatMul', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('tfjsMatVec computes the same y = A·x as the typed-array product, and frees its tensors', () => {
    const before = tf.memory().numTensors;
    const matrix = makeSparseMatrix({ rows: 24, columns: 24, sparsity: 0.7, seed: 5 });
    const vector = Float32Array.from({ length: 24 }, (_, index) => Math.cos(index));
    const expected = new Float32Array(24);
    denseMatVec(matrix, vector, expected);
    const product = tfjsMatVec(matrix, vector);
    const y = product.run();
    expect(() => checkLibraryProduct(y, expected)).not.toThrow();
    expect(Array.from(product.run())).toEqual(Array.from(y));
    product.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('prepareTfjsMatMul sets the asked backend up and names it', async () => {
    const prepared = await prepareTfjsMatMul('cpu', 16);
    expect(prepared.backend).toBe('cpu');
    expect(prepared.fallbacks).toEqual([]);
    expect(tf.getBackend()).toBe('cpu');
  });
});
