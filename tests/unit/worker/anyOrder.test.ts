import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MainToWorker } from '@/lib/worker/protocol';
import { createHarness, initMessage, ofType } from './fakes';

type Action = MainToWorker | { type: 'tick' };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.constantFrom<Action>(
    { type: 'start' }, { type: 'pause' }, { type: 'resume' }, { type: 'reset' }, { type: 'dispose' },
    { type: 'tick' }, { type: 'tick' }, { type: 'tick' },
  ),
  fc.integer({ min: 1, max: 500 }).map((count): Action => ({ type: 'step', count })),
  fc.integer({ min: 0, max: 99 }).map((seed): Action => ({ type: 'reset', seed })),
  fc.double({ min: 0.001, max: 1, noNaN: true }).map((learningRate): Action => ({ type: 'setHyperParameters', changes: { learningRate } })),
  fc.integer({ min: 2, max: 5 }).map((run): Action => initMessage({ run, maxSteps: 20_000 })),
);

describe('handle(message) in any order', () => {
  it('never runs two loops, posts at most one snapshot per tick, and frees every session', async () => {
    await fc.assert(fc.asyncProperty(fc.array(action, { maxLength: 40 }), fc.integer({ min: 0, max: 3000 }), async (actions, divergeAt) => {
      const harness = createHarness({ divergeAt: divergeAt > 0 ? divergeAt : undefined });
      await harness.trainer.handle(initMessage({ maxSteps: 20_000 }));
      for (const next of actions) {
        harness.drain();
        if (next.type === 'tick') {
          harness.runTask();
          expect(ofType(harness.drain(), 'snapshot').length).toBeLessThanOrEqual(1);
        } else {
          await harness.trainer.handle(next);
        }
        expect(harness.tasks.length).toBeLessThanOrEqual(1);
        const run = harness.trainer.current;
        if (harness.tasks.length === 1) expect(run?.status).toBe('training');
        expect(ofType(harness.drain(), 'error')).toEqual([]);
        expect(harness.sessions.filter((session) => !session.disposed).length).toBeLessThanOrEqual(1);
      }
      await harness.trainer.handle({ type: 'dispose' });
      expect(harness.sessions.every((session) => session.disposed)).toBe(true);
      expect(harness.tasks).toHaveLength(0);
    }), { numRuns: 200 });
  });
});
