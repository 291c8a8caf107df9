/**
 * "Run this soon, after the messages already waiting": a zero-delay task queue on a
 * MessageChannel. `setTimeout(0)` would do, but browsers clamp nested timeouts to 4 ms,
 * which would cost a small net half its training time.
 */

/**
 * Schedules tasks as MessageChannel messages, or after a delay with setTimeout when one is
 * given (paced training wants the wait); each `schedule` returns its own cancel.
 */
export function createScheduler(channel = new MessageChannel()): (task: () => void, delayMs?: number) => () => void {
  const tasks = new Map<number, () => void>();
  let nextId = 0;
  channel.port1.onmessage = (event: MessageEvent<number>) => {
    const task = tasks.get(event.data);
    tasks.delete(event.data);
    task?.();
  };
  return (task, delayMs) => {
    if (delayMs !== undefined && delayMs > 0) {
      const timer = setTimeout(task, delayMs);
      return () => clearTimeout(timer);
    }
    const id = nextId++;
    tasks.set(id, task);
    channel.port2.postMessage(id);
    return () => {
      tasks.delete(id);
    };
  };
}
