// Every test that touches tfjs runs on the cpu backend and must leave tf.memory().numTensors
// where it found it; a suite calls this once to hold each of its tests to that.
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, beforeEach, expect } from 'vitest';

export function expectNoTensorLeaks(): void {
  let startTensors = 0;
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });
  beforeEach(() => {
    startTensors = tf.memory().numTensors;
  });
  afterEach(() => {
    expect(tf.memory().numTensors).toBe(startTensors);
  });
}
