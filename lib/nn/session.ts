/**
 * `createSession`: a training session with both engines at hand (see trainingSession.ts). It
 * loads tfjs with the tfjs engine; code that may run without tfjs (the training worker on the
 * typed engine) uses `createSessionWith` and loads the tfjs engine only when it needs it.
 */
import type { EngineRegistry } from './engines';
import type { SessionOptions, TrainingSession } from './session.types';
import { createTfjsEngine } from './tfjs/engine';
import { createSessionWith } from './trainingSession';
import { createTypedEngine } from './typed/engine';

/** 'tfjs' when an update costs at least about 1 MFLOP, else 'typed' (see engineChoice.ts). */
export { chooseEngine } from './engineChoice';

/** Both engines. */
export const ALL_ENGINES: EngineRegistry = { typed: createTypedEngine, tfjs: createTfjsEngine };

/**
 * A session on `options.engine`, starting from `options.initialWeights` or seeded weights.
 * Snapshots evaluate the whole training and validation sets, or, for a set of more than 2,000
 * samples, a fixed subset of 2,000 drawn from the seed. Their losses are the data loss L
 * without the L2 term; accuracy is null for regression data (data with targets).
 * Throws on a spec or hyper-parameters that cannot train (say cross-entropy with a linear head).
 */
export function createSession(options: SessionOptions): TrainingSession {
  return createSessionWith(ALL_ENGINES, options);
}
