/** Timing helpers for the bench page: medians of repeats, each long enough to time well. */

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Lets the browser breathe (and the GC run) between measurements. */
export function pause(milliseconds = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/**
 * Runs `work(n)` with n grown until one call takes at least `minimumMs`, and returns n and
 * the time per unit of that call (a warm-up as much as a calibration).
 */
export function calibrate(work: (n: number) => void, minimumMs: number, maximumN = 1 << 24): { n: number; msPerUnit: number } {
  let n = 1;
  for (;;) {
    const began = performance.now();
    work(n);
    const elapsed = performance.now() - began;
    if (elapsed >= minimumMs || n >= maximumN) return { n, msPerUnit: elapsed / n };
    n = Math.min(maximumN, Math.max(n * 2, Math.ceil((n * minimumMs * 1.2) / Math.max(elapsed, 0.05))));
  }
}

/** Calls `work` for at least `milliseconds` (and twice at least), so the JIT has optimised it. */
export function warmUp(work: () => void, milliseconds = 250): void {
  const began = performance.now();
  for (let calls = 0; calls < 2 || performance.now() - began < milliseconds; calls++) work();
}

/**
 * How long throughput is warmed up. Right after a WebGL cell, 250 ms left the next cell's
 * code unoptimised for part of its timed calls (the typed engine measured 30 % slow there,
 * and at full speed after 1 s of warm-up or of waiting): each cell should time its own cost.
 */
const THROUGHPUT_WARM_UP_MS = 1000;

/** Units per second of `work(n)`: the median of `repeats` timed calls of about `repeatMs` each. */
export async function unitsPerSecond(
  work: (n: number) => void,
  options: { repeats: number; repeatMs: number; maximumN?: number },
): Promise<{ median: number; all: number[]; n: number }> {
  const { n: probe } = calibrate(work, options.repeatMs / 4, options.maximumN);
  warmUp(() => work(probe), THROUGHPUT_WARM_UP_MS);
  const { n } = calibrate(work, options.repeatMs, options.maximumN);
  const all: number[] = [];
  for (let repeat = 0; repeat < options.repeats; repeat++) {
    await pause();
    const began = performance.now();
    work(n);
    all.push((n * 1000) / (performance.now() - began));
  }
  return { median: median(all), all, n };
}

/** The median time of `repeats` calls of `work`, in milliseconds, after ~250 ms of untimed calls. */
export async function medianMs(work: () => void, repeats: number): Promise<number> {
  warmUp(work);
  const times: number[] = [];
  for (let repeat = 0; repeat < repeats; repeat++) {
    await pause();
    const began = performance.now();
    work();
    times.push(performance.now() - began);
  }
  return median(times);
}
