import { describe, expect, it } from 'vitest';
import { findEngine } from '@/lib/nn/engines';
import { ALL_ENGINES } from '@/lib/nn/session';
import { createSessionWith } from '@/lib/nn/trainingSession';
import { createTypedEngine } from '@/lib/nn/typed/engine';
import { makeHyper, makeSpec, makeXorData, split } from './fixtures';

describe('findEngine(engines, name) and createSessionWith(engines, options)', () => {
  it('find the engines a registry holds and name the one it lacks', () => {
    expect(findEngine(ALL_ENGINES, 'tfjs')).toBe(ALL_ENGINES.tfjs);
    expect(() => findEngine({ typed: createTypedEngine }, 'tfjs')).toThrow('The tfjs engine is not loaded.');
  });

  it('runs a session on a registry without tfjs', () => {
    const options = { spec: makeSpec(2, [3], 1, 'tanh', 'sigmoid'), data: split(makeXorData(20, 1), makeXorData(10, 2)), hyper: makeHyper(), seed: 1 };
    const session = createSessionWith({ typed: createTypedEngine }, { ...options, engine: 'typed' });
    expect(session.step(4).step).toBe(4);
    expect(() => createSessionWith({ typed: createTypedEngine }, { ...options, engine: 'tfjs' })).toThrow(/not loaded/);
  });
});
