/**
 * The optimisers of lib/nn/optimisers.ts on typed arrays, in two phases: `propose` computes the
 * new θ and state into spare arrays and says whether all of it is finite; `commit` swaps them
 * in. A diverging update therefore leaves the last finite weights untouched.
 */
import { ADAM_BETA1, ADAM_BETA2, ADAM_EPSILON } from '../optimisers';
import type { UpdateSettings } from '../engine.types';
import type { TypedParameter } from './network';

/** v ← μv + g; θ ← θ − ηv, into the proposal. Returns whether every new number is finite. */
export function proposeSgd(parameter: TypedParameter, learningRate: number, momentum: number): boolean {
  const { value, gradient, proposal } = parameter;
  const velocity = parameter.slots[0];
  const nextVelocity = parameter.proposedSlots[0];
  const length = value.length;
  let finite = true;
  for (let index = 0; index < length; index++) {
    const newVelocity = Math.fround(momentum * velocity[index] + gradient[index]);
    nextVelocity[index] = newVelocity;
    // Rounded as stored (∞ past FLOAT32_MAX); x − x is 0 only for finite x. A non-finite v
    // always spoils θ (θ − η·v), so checking θ covers it.
    const next = Math.fround(value[index] - learningRate * newVelocity);
    proposal[index] = next;
    if (next - next !== 0) finite = false;
  }
  return finite;
}

/** Adam's moments and step t, into the proposal. Returns whether every new number is finite. */
export function proposeAdam(parameter: TypedParameter, learningRate: number, update: number): boolean {
  const { value, gradient, proposal } = parameter;
  const [first, second] = parameter.slots;
  const [nextFirst, nextSecond] = parameter.proposedSlots;
  // 1 − β^t as two numbers rather than an object: this runs once per parameter per update.
  const firstCorrection = 1 - ADAM_BETA1 ** update;
  const secondCorrection = 1 - ADAM_BETA2 ** update;
  const length = value.length;
  let finite = true;
  for (let index = 0; index < length; index++) {
    const g = gradient[index];
    const m = Math.fround(ADAM_BETA1 * first[index] + (1 - ADAM_BETA1) * g);
    const s = Math.fround(ADAM_BETA2 * second[index] + (1 - ADAM_BETA2) * g * g);
    const step = m / firstCorrection / (Math.sqrt(s / secondCorrection) + ADAM_EPSILON);
    nextFirst[index] = m;
    nextSecond[index] = s;
    const next = Math.fround(value[index] - learningRate * step);
    proposal[index] = next;
    // A non-finite m spoils θ; an infinite s alone does not (m/∞ = 0), so both are checked.
    const both = next + s;
    if (both - both !== 0) finite = false;
  }
  return finite;
}

/** Proposes the update t of every parameter; true when all of them are finite. */
export function proposeUpdate(parameters: TypedParameter[], settings: UpdateSettings, update: number): boolean {
  const { learningRate, momentum } = settings;
  const adam = settings.optimiser === 'adam';
  for (let index = 0; index < parameters.length; index++) {
    const parameter = parameters[index];
    const finite = adam ? proposeAdam(parameter, learningRate, update) : proposeSgd(parameter, learningRate, momentum);
    if (!finite) return false;
  }
  return true;
}

/**
 * Makes the proposals the parameters and their state by swapping arrays (no copying); the
 * caller re-points anything that held the old `value` arrays (see refreshLayerViews).
 */
export function commitUpdate(parameters: TypedParameter[]): void {
  for (let index = 0; index < parameters.length; index++) {
    const parameter = parameters[index];
    const value = parameter.value;
    parameter.value = parameter.proposal;
    parameter.proposal = value;
    const slots = parameter.slots;
    parameter.slots = parameter.proposedSlots;
    parameter.proposedSlots = slots;
  }
}

/** Zeroes the optimiser state of every parameter. */
export function clearOptimiserState(parameters: TypedParameter[]): void {
  for (const parameter of parameters) for (const slot of parameter.slots) slot.fill(0);
}
