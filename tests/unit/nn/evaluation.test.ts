import { describe, expect, it } from 'vitest';
import { createResidentBlock } from '@/lib/nn/dataBlock';
import { chooseEvaluationIndices, countCorrect, createEvaluation, EVALUATION_LIMIT } from '@/lib/nn/evaluation';
import type { Engine } from '@/lib/nn/engine.types';
import { FLOAT32_MAX } from '@/lib/nn/weights';
import { makeRandom } from '@/lib/random';
import { makeSpec, makeXorData, split } from './fixtures';

describe('chooseEvaluationIndices(count, random)', () => {
  it('keeps small sets whole and draws 2,000 distinct sorted indices from large ones', () => {
    expect(chooseEvaluationIndices(EVALUATION_LIMIT, makeRandom(1))).toBeNull();
    const indices = chooseEvaluationIndices(5000, makeRandom(1))!;
    expect(indices).toHaveLength(2000);
    expect(new Set(indices).size).toBe(2000);
    expect(Array.from(indices)).toEqual(Array.from(indices).sort((a, b) => a - b));
    expect(chooseEvaluationIndices(5000, makeRandom(1))).toEqual(indices);
  });
});

describe('countCorrect(ŷ, labels, count, units)', () => {
  it('thresholds one output at ½ and takes the arg max of several', () => {
    expect(countCorrect([0.7, 0.2, 0.5], new Int32Array([1, 1, 1]), 3, 1)).toBe(2);
    expect(countCorrect([0.1, 0.8, 0.1, 0.6, 0.3, 0.1], new Int32Array([1, 2]), 2, 3)).toBe(1);
  });
});

describe('createEvaluation(data, spec, trainBlock, random).measure', () => {
  const spec = makeSpec(2, [], 1, 'relu', 'sigmoid');
  const data = split(makeXorData(10, 1), makeXorData(6, 2));
  const trainBlock = createResidentBlock(data.train, spec, null);

  function fakeEngine(losses: number[]): Engine {
    let call = 0;
    return { evaluate: (block: { count: number }) => ({ loss: losses[call++], outputs: new Float32Array(block.count).fill(1) }) } as unknown as Engine;
  }

  it('measures both sets, and stands in the last finite values when a loss is not finite', () => {
    const evaluation = createEvaluation(data, spec, trainBlock, makeRandom(1));
    expect(evaluation.blocks[0]).toBe(trainBlock);
    const engine = fakeEngine([0.5, 0.6, Number.NaN, 0.1, Infinity, 1]);
    const first = evaluation.measure(engine, 'binaryCrossEntropy');
    expect(first.finite).toBe(true);
    expect(first.train.accuracy).toBe(Array.from(data.train.labels).filter((label) => label === 1).length / 10);
    const second = evaluation.measure(engine, 'binaryCrossEntropy');
    expect(second.finite).toBe(false);
    expect([second.train.loss, second.validation.loss]).toEqual([0.5, 0.6]);
  });

  it('reports FLOAT32_MAX when no finite measurement came before', () => {
    const evaluation = createEvaluation(data, spec, trainBlock, makeRandom(1));
    const result = evaluation.measure(fakeEngine([Infinity, 1]), 'binaryCrossEntropy');
    expect(result.train.loss).toBe(FLOAT32_MAX);
    expect(result.finite).toBe(false);
  });
});
