/**
 * Engines by name, as a session takes them: a registry holds the engines loaded so far, so
 * that the typed engine can run without tfjs ever being fetched (the worker adds the tfjs
 * engine with a dynamic import when a run needs it).
 */
import type { Engine } from './engine.types';
import type { EngineName } from './session.types';
import type { ModelSpec } from './spec';

/** Builds an engine for `spec`, weights zero until `setWeights`. */
export type EngineFactory = (spec: ModelSpec) => Engine;

/** The engines at hand, by name. */
export type EngineRegistry = Partial<Record<EngineName, EngineFactory>>;

/** The factory of engine `name`; throws, saying so, when `engines` does not hold it. */
export function findEngine(engines: EngineRegistry, name: EngineName): EngineFactory {
  const factory = engines[name];
  if (!factory) throw new Error(`The ${name} engine is not loaded.`);
  return factory;
}
