import { describe, expect, it } from 'vitest';
import { buildTargets, createBatchBlock, createResidentBlock, gatherRows } from '@/lib/nn/dataBlock';
import { makeRegressionData, makeSpec, makeXorData } from './fixtures';

describe('buildTargets(dataset, spec)', () => {
  it('uses the label for one output, one-hot rows for k outputs, the targets for regression', () => {
    const data = makeXorData(4, 1, 2, 3);
    const single = buildTargets({ ...makeXorData(4, 1) }, makeSpec(2, [], 1, 'relu', 'sigmoid'));
    expect(Array.from(single)).toEqual(Array.from(makeXorData(4, 1).labels));
    const oneHot = buildTargets(data, makeSpec(2, [], 3, 'relu', 'softmax'));
    expect(Array.from(oneHot.subarray(0, 3))).toEqual([0, 1, 2].map((k) => (k === data.labels[0] ? 1 : 0)));
    const regression = makeRegressionData(3, 1, 2, 2);
    expect(buildTargets(regression, makeSpec(2, [], 2, 'relu', 'linear'))).toEqual(regression.targets);
    expect(() => buildTargets(regression, makeSpec(2, [], 1, 'relu', 'linear'))).toThrow();
  });
});

describe('createResidentBlock(dataset, spec, indices) and gatherRows', () => {
  const spec = makeSpec(2, [], 1, 'relu', 'sigmoid');
  const data = makeXorData(10, 2);

  it('copies the whole set, or the rows at indices, and refuses a wrong input size', () => {
    const whole = createResidentBlock(data, spec, null);
    expect(whole.count).toBe(10);
    expect(whole.resident).toBe(true);
    expect(whole.inputs).not.toBe(data.inputs);
    const subset = createResidentBlock(data, spec, new Int32Array([7, 2]));
    expect(subset.resident).toBe(true);
    expect(Array.from(subset.inputs)).toEqual([...data.inputs.subarray(14, 16), ...data.inputs.subarray(4, 6)]);
    expect(Array.from(subset.labels)).toEqual([data.labels[7], data.labels[2]]);
    expect(() => createResidentBlock(data, makeSpec(3, [], 1, 'relu', 'sigmoid'), null)).toThrow();
  });

  it('gatherRows fills a batch from positions start … start + count − 1 of an order', () => {
    const whole = createResidentBlock(data, spec, null);
    const batch = createBatchBlock(spec, 2);
    gatherRows(whole, new Int32Array([4, 9, 1]), 1, batch);
    expect(Array.from(batch.labels)).toEqual([data.labels[9], data.labels[1]]);
    expect(batch.targets[0]).toBe(data.labels[9]);
  });
});
