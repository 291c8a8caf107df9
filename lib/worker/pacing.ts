/**
 * How many updates to run per tick of the training loop. A tick should take about
 * `TICK_TARGET_MS`: long enough that a small net does thousands of updates between
 * snapshots, short enough that a pause or a slider change is felt at once.
 *
 * A tick costs a + c·k for k updates: a fixed part a (the snapshot: losses, the decision
 * grid, probe activations) and c per update. The updates get the budget left after a, but
 * never less than a itself (nor half the target): when a snapshot is heavy, ticks grow
 * longer rather than training starve, and at least half of the worker's time trains.
 */

/** The time one tick of the loop aims at, in milliseconds. */
export const TICK_TARGET_MS = 10;
/** No tick runs more updates than this, whatever the clock says. */
export const MAX_STEPS_PER_TICK = 1_000_000;
/** The most the step count may grow or shrink from one tick to the next. */
const MAX_CHANGE = 4;

/** Keeps `value` within [low, high]. */
function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/**
 * The updates for the next tick, after `count` updates took `elapsedMs` including about
 * `overheadMs` of snapshot work.
 */
export function nextStepsPerTick(
  count: number,
  elapsedMs: number,
  overheadMs: number,
  targetMs = TICK_TARGET_MS,
): number {
  const stepsMs = elapsedMs - Math.min(overheadMs, elapsedMs);
  const budgetMs = Math.max(targetMs - overheadMs, overheadMs, targetMs / 2);
  const low = Math.max(1, Math.floor(count / MAX_CHANGE));
  const high = Math.min(MAX_STEPS_PER_TICK, count * MAX_CHANGE);
  if (!(stepsMs > 0)) return high;
  return clamp(Math.round((count * budgetMs) / stepsMs), low, high);
}
