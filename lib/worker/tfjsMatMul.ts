/**
 * tfjs's dense product for the dense-vs-sparse timing: y = A·x with `tf.matMul` on the chosen
 * backend, read back each time (`dataSync`), so a timed run includes everything a reader's
 * layer would pay. Loaded by the bench worker only when the reader times the library.
 */
import * as tf from '@tensorflow/tfjs';
import type { LibraryProduct } from '../analysis/sparseTiming';
import type { PreparedLibrary } from './benchProtocol';
import type { BackendPreference } from './protocol';
import { prepareTfjsBackend } from './tfjsBackend';

/** y = A·x by tf.matMul; the matrix and vector live on the backend until `dispose`. */
export const tfjsMatVec: LibraryProduct = (matrix, vector) => {
  const a = tf.tensor2d(matrix.values, [matrix.rows, matrix.columns]);
  const x = tf.tensor2d(vector, [matrix.columns, 1]);
  return {
    run: () => {
      const y = tf.matMul(a, x);
      const values = y.dataSync();
      y.dispose();
      return values;
    },
    dispose: () => {
      a.dispose();
      x.dispose();
    },
  };
};

/** Sets up the backend (falling back as training does) and returns the product on it. */
export async function prepareTfjsMatMul(preference: BackendPreference, size: number, wasmPath?: string): Promise<PreparedLibrary> {
  const fallbacks: string[] = [];
  const workload = { multiplyAdds: size * size, samplesPerStep: 1, flopsPerStep: 2 * size * size };
  const backend = await prepareTfjsBackend({
    preference,
    workload,
    wasmPath,
    onFallback: (fallback) => fallbacks.push(`${fallback.from} failed (${fallback.reason}), so ${fallback.to}`),
  });
  return { backend, fallbacks, product: tfjsMatVec };
}
