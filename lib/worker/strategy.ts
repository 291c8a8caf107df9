/**
 * The compute strategy a reader may pick, like a graphics API's enum: 'auto' lets the worker
 * choose by measurement (typed arrays for small nets, tfjs from about 1 MFLOP an update);
 * the others force one engine and, for tfjs, one backend — so the reader sees the trade-off.
 */
import type { ChoiceField } from '../url/schema';
import type { BackendPreference, EngineChoice } from './protocol';

export type Strategy = 'auto' | 'typed' | 'wasm' | 'cpu' | 'webgl';

export const strategies: readonly Strategy[] = ['auto', 'typed', 'wasm', 'cpu', 'webgl'];

/** What a strategy asks of the worker. */
export interface StrategyConfig {
  engine: EngineChoice;
  backend: BackendPreference;
}

const configs: Record<Strategy, StrategyConfig> = {
  auto: { engine: 'auto', backend: 'auto' },
  typed: { engine: 'typed', backend: 'auto' },
  wasm: { engine: 'tfjs', backend: 'wasm' },
  cpu: { engine: 'tfjs', backend: 'cpu' },
  webgl: { engine: 'tfjs', backend: 'webgl' },
};

/** The engine and backend a strategy asks for. */
export function strategyConfig(strategy: Strategy): StrategyConfig {
  return configs[strategy];
}

/** The schema field every training demo declares for it (`<id>.engine` in the URL). */
export const strategyField: ChoiceField<Strategy> = {
  kind: 'choice',
  label: 'Compute with',
  options: strategies,
  optionLabels: {
    auto: 'automatic (by network size)',
    typed: 'plain typed arrays',
    wasm: 'TensorFlow.js, WebAssembly',
    cpu: 'TensorFlow.js, JavaScript CPU',
    webgl: 'TensorFlow.js, WebGL',
  },
  default: 'auto',
};
