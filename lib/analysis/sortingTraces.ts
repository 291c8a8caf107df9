/**
 * The sorting race of the "why structure emerges" article: each sort is recorded as the list
 * of its array writes, so a demo can replay it one write at a time, together with how ordered
 * the array is after every write. A comparison sort tidies up gradually; an LSD radix sort
 * leaves the array looking shuffled until its last pass.
 */
import { makeRandom } from '@/lib/random';

/** One array write: `array[index] = value`. */
export type SortWrite = [index: number, value: number];

/** The comparison sorts the demo offers. */
export type ComparisonSort = 'insertion' | 'merge';

/** A sort recorded write by write, with Kendall's τ of the array after each write. */
export interface SortTrace {
  /** The shuffled array the sort starts from (values 0 … n−1). */
  initial: Int32Array;
  /** indices[k], values[k]: the k-th write (k from 0). */
  indices: Int32Array;
  values: Int32Array;
  /** tau[k]: Kendall's τ after k writes; tau[0] is the shuffle's, tau[writes] the sorted array's. */
  tau: Float64Array;
  /** Write counts at which a pass ends (radix passes, merge-sort merges of the whole array). */
  passEnds: number[];
}

/** The numbers 0 … n−1 in a shuffled order fixed by `seed` (Fisher–Yates from lib/random). */
export function shuffledBars(n: number, seed: number): Int32Array {
  const bars = Int32Array.from({ length: n }, (_, index) => index);
  return makeRandom(seed).fork('sorting-bars').shuffleInPlace(bars);
}

/**
 * Insertion sort by shifting: the held element's slot is overwritten while larger elements
 * move right, then the element drops into the gap. Yields every write; `array` is sorted in place.
 */
export function* insertionSortWrites(array: Int32Array): Generator<SortWrite> {
  for (let next = 1; next < array.length; next++) {
    const held = array[next];
    let gap = next;
    while (gap > 0 && array[gap - 1] > held) {
      array[gap] = array[gap - 1];
      yield [gap, array[gap]];
      gap--;
    }
    if (gap !== next) {
      array[gap] = held;
      yield [gap, held];
    }
  }
}

/** Top-down merge sort (stable) through a scratch copy; yields every write back into `array`. */
export function* mergeSortWrites(array: Int32Array): Generator<SortWrite> {
  yield* mergeRange(array, new Int32Array(array.length), 0, array.length);
}

function* mergeRange(array: Int32Array, scratch: Int32Array, low: number, high: number): Generator<SortWrite> {
  if (high - low < 2) return;
  const middle = (low + high) >>> 1;
  yield* mergeRange(array, scratch, low, middle);
  yield* mergeRange(array, scratch, middle, high);
  scratch.set(array.subarray(low, high), low);
  let left = low;
  let right = middle;
  for (let out = low; out < high; out++) {
    const takeLeft = right >= high || (left < middle && scratch[left] <= scratch[right]);
    const value = takeLeft ? scratch[left++] : scratch[right++];
    array[out] = value;
    yield [out, value];
  }
}

/** How many digits in `base` the largest value of 0 … n−1 has: the passes an LSD radix sort makes. */
export function radixPasses(n: number, base: number): number {
  let passes = 1;
  for (let reach = base; reach < n; reach *= base) passes++;
  return passes;
}

/**
 * LSD radix sort of non-negative integers below n: one stable counting-sort pass per digit,
 * least significant first, each writing every element once from a copy of the array. Yields
 * every write, and `'pass'` after each pass.
 */
export function* radixSortWrites(array: Int32Array, base: number): Generator<SortWrite | 'pass'> {
  const passes = radixPasses(array.length, base);
  const counts = new Int32Array(base);
  for (let pass = 0, place = 1; pass < passes; pass++, place *= base) {
    const copy = array.slice();
    counts.fill(0);
    for (const value of copy) counts[Math.floor(value / place) % base]++;
    // counts[d] becomes the first slot of digit d.
    for (let digit = 0, start = 0; digit < base; digit++) [counts[digit], start] = [start, start + counts[digit]];
    for (const value of copy) {
      const slot = counts[Math.floor(value / place) % base]++;
      array[slot] = value;
      yield [slot, value];
    }
    yield 'pass';
  }
}

/**
 * Kendall's τ of an array against its sorted order: (pairs in order − pairs out of order) over
 * all pairs; ties count as neither. 1 when sorted, −1 when reversed, near 0 for a shuffle.
 */
export function kendallTau(array: ArrayLike<number>): number {
  const n = array.length;
  if (n < 2) return 1;
  let balance = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) balance += Math.sign(array[j] - array[i]);
  return balance / ((n * (n - 1)) / 2);
}

/** The change in the concordant-minus-discordant balance of `array` if array[index] became `value`. */
function balanceChange(array: Int32Array, index: number, value: number): number {
  const old = array[index];
  let change = 0;
  for (let j = 0; j < index; j++) change += Math.sign(value - array[j]) - Math.sign(old - array[j]);
  for (let j = index + 1; j < array.length; j++) change += Math.sign(array[j] - value) - Math.sign(array[j] - old);
  return change;
}

/**
 * Runs a sort's write generator on a copy of `initial` and records its writes and the τ after
 * each (updated in O(n) per write, not recounted). `'pass'` marks become `passEnds`.
 */
export function recordTrace(initial: Int32Array, writes: (array: Int32Array) => Generator<SortWrite | 'pass'>): SortTrace {
  const array = initial.slice();
  const shadow = initial.slice();
  const pairs = Math.max(1, (initial.length * (initial.length - 1)) / 2);
  let balance = Math.round(kendallTau(initial) * pairs);
  const indices: number[] = [];
  const values: number[] = [];
  const tau: number[] = [balance / pairs];
  const passEnds: number[] = [];
  for (const write of writes(array)) {
    if (write === 'pass') {
      passEnds.push(indices.length);
      continue;
    }
    const [index, value] = write;
    balance += balanceChange(shadow, index, value);
    shadow[index] = value;
    indices.push(index);
    values.push(value);
    tau.push(balance / pairs);
  }
  return { initial: initial.slice(), indices: Int32Array.from(indices), values: Int32Array.from(values), tau: Float64Array.from(tau), passEnds };
}

/** The recorded comparison sort (insertion or merge) of `initial`. */
export function comparisonTrace(initial: Int32Array, sort: ComparisonSort): SortTrace {
  return recordTrace(initial, sort === 'insertion' ? insertionSortWrites : mergeSortWrites);
}

/** The recorded LSD radix sort of `initial` in `base`, with the end of each pass marked. */
export function radixTrace(initial: Int32Array, base: number): SortTrace {
  return recordTrace(initial, (array) => radixSortWrites(array, base));
}

/** The array after the first `steps` writes of a trace (clamped to the trace's length). */
export function stateAt(trace: SortTrace, steps: number): Int32Array {
  const array = trace.initial.slice();
  const end = Math.min(Math.max(0, Math.floor(steps)), trace.indices.length);
  for (let k = 0; k < end; k++) array[trace.indices[k]] = trace.values[k];
  return array;
}

/** Kendall's τ halfway through a trace (after ⌊writes/2⌋ writes): how ordered it looks mid-run. */
export function tauAtHalf(trace: SortTrace): number {
  return trace.tau[Math.floor(trace.indices.length / 2)];
}

/** How the two sorts share the clock: the same number of writes each, or the same share of each run. */
export type RacePace = 'race' | 'share';

/**
 * A sort's writes done when the race clock reads `clock` writes of the longer sort. In a race
 * each sort makes `clock` writes (the shorter one then waits, sorted); sharing, each has made
 * the same fraction of its own writes, so both finish together.
 */
export function raceSteps(clock: number, total: number, longest: number, pace: RacePace): number {
  const tick = Math.min(Math.max(0, Math.floor(clock)), longest);
  if (pace === 'race' || longest === 0) return Math.min(tick, total);
  return Math.round((tick * total) / longest);
}

/** Both sorts of the race recorded on the same seeded shuffle of `size` bars. */
export function buildTraces(size: number, seed: number, comparison: ComparisonSort, base: number): { comparison: SortTrace; radix: SortTrace } {
  const bars = shuffledBars(size, seed);
  return { comparison: comparisonTrace(bars, comparison), radix: radixTrace(bars, base) };
}
