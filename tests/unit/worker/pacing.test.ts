import { describe, expect, it } from 'vitest';
import { MAX_STEPS_PER_TICK, nextStepsPerTick } from '@/lib/worker/pacing';

describe('nextStepsPerTick(count, elapsedMs, overheadMs)', () => {
  it('scales k so that the updates fill what the snapshot leaves of 10 ms', () => {
    expect(nextStepsPerTick(100, 10, 0)).toBe(100);
    expect(nextStepsPerTick(100, 5, 1)).toBe(225);
    expect(nextStepsPerTick(100, 21, 1)).toBe(45);
  });

  it('changes k by at most a factor of 4 per tick, and never below 1', () => {
    expect(nextStepsPerTick(10, 0.01, 0)).toBe(40);
    expect(nextStepsPerTick(100, 1000, 0)).toBe(25);
    expect(nextStepsPerTick(1, 1000, 0)).toBe(1);
  });

  it('grows when the clock cannot see the updates, up to the cap', () => {
    expect(nextStepsPerTick(8, 0, 0)).toBe(32);
    expect(nextStepsPerTick(MAX_STEPS_PER_TICK, 0, 0)).toBe(MAX_STEPS_PER_TICK);
  });

  it('gives the updates at least as long as a heavy snapshot takes', () => {
    expect(nextStepsPerTick(100, 30, 20)).toBe(200);
    expect(nextStepsPerTick(100, 12, 6)).toBe(100);
  });
});
