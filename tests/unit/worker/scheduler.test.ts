import { describe, expect, it, vi } from 'vitest';
import { createScheduler } from '@/lib/worker/scheduler';

describe('createScheduler()', () => {
  it('runs tasks soon, in order, and not the cancelled ones', async () => {
    const channel = new MessageChannel();
    const schedule = createScheduler(channel);
    const ran: string[] = [];
    schedule(() => ran.push('a'));
    const cancel = schedule(() => ran.push('b'));
    schedule(() => ran.push('c'));
    cancel();
    expect(ran).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    channel.port1.close();
    expect(ran).toEqual(['a', 'c']);
  });

  it('runs a task with a delay only after the delay, and not once cancelled', () => {
    vi.useFakeTimers();
    const channel = new MessageChannel();
    const schedule = createScheduler(channel);
    const ran: string[] = [];
    schedule(() => ran.push('late'), 33);
    const cancel = schedule(() => ran.push('cancelled'), 33);
    cancel();
    vi.advanceTimersByTime(32);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['late']);
    vi.useRealTimers();
    channel.port1.close();
  });
});
