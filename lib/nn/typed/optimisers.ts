/**
 * The optimisers of lib/nn/optimisers.ts on typed arrays, in two phases: `propose` computes the
 * new θ and state into spare arrays and says whether all of it is finite; `commit` copies them
 * over. A diverging update therefore leaves the last finite weights untouched.
 */
import { ADAM_BETA1, ADAM_BETA2, ADAM_EPSILON } from '../optimisers';
import type { UpdateSettings } from '../engine.types';
import type { TypedParameter } from './network';

/** v ← μv + g; θ ← θ − ηv, into the proposal. Returns whether every new number is finite. */
export function proposeSgd(parameter: TypedParameter, learningRate: number, momentum: number): boolean {
  const { value, gradient, proposal } = parameter;
  const velocity = parameter.slots[0];
  const nextVelocity = parameter.proposedSlots[0];
  let check = 0;
  for (let index = 0; index < value.length; index++) {
    const newVelocity = Math.fround(momentum * velocity[index] + gradient[index]);
    nextVelocity[index] = newVelocity;
    proposal[index] = value[index] - learningRate * newVelocity;
    // Read back as float32 (∞ past FLOAT32_MAX): ∞·0 and NaN·0 are NaN, so check stays 0 only if all are finite.
    check += proposal[index] * 0;
  }
  return check === 0;
}

/** Adam's moments and step t, into the proposal. Returns whether every new number is finite. */
export function proposeAdam(parameter: TypedParameter, learningRate: number, update: number): boolean {
  const { value, gradient, proposal } = parameter;
  const [first, second] = parameter.slots;
  const [nextFirst, nextSecond] = parameter.proposedSlots;
  // 1 − β^t as two numbers rather than an object: this runs once per parameter per update.
  const firstCorrection = 1 - ADAM_BETA1 ** update;
  const secondCorrection = 1 - ADAM_BETA2 ** update;
  let check = 0;
  for (let index = 0; index < value.length; index++) {
    const g = gradient[index];
    const m = Math.fround(ADAM_BETA1 * first[index] + (1 - ADAM_BETA1) * g);
    const s = Math.fround(ADAM_BETA2 * second[index] + (1 - ADAM_BETA2) * g * g);
    const step = m / firstCorrection / (Math.sqrt(s / secondCorrection) + ADAM_EPSILON);
    nextFirst[index] = m;
    nextSecond[index] = s;
    proposal[index] = value[index] - learningRate * step;
    check += (proposal[index] + s) * 0;
  }
  return check === 0;
}

/** Proposes the update t of every parameter; true when all of them are finite. */
export function proposeUpdate(parameters: TypedParameter[], settings: UpdateSettings, update: number): boolean {
  let finite = true;
  for (const parameter of parameters) {
    const ok =
      settings.optimiser === 'adam'
        ? proposeAdam(parameter, settings.learningRate, update)
        : proposeSgd(parameter, settings.learningRate, settings.momentum);
    finite = finite && ok;
    if (!finite) break;
  }
  return finite;
}

/**
 * Makes the proposals the parameters and their state by swapping arrays (no copying); the
 * caller re-points anything that held the old `value` arrays (see refreshLayerViews).
 */
export function commitUpdate(parameters: TypedParameter[]): void {
  for (const parameter of parameters) {
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
