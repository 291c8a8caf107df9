import { describe, expect, it } from 'vitest';
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
});
