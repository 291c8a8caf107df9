import { ACTIVATIONS } from '@/lib/nn/activations';
import type { Activation } from '@/lib/nn/spec';

/** f(x) and f′(x) of an activation at one input. */
export function evaluate(activation: Activation, x: number) {
  const fn = ACTIVATIONS[activation];
  const value = fn.output(x);
  return { value, slope: fn.derivative(x, value) };
}

/** The curve of f and f′ sampled on [low, high]. */
export function sampleCurve(activation: Activation, low: number, high: number, count = 241) {
  return Array.from({ length: count }, (_, index) => {
    const x = low + ((high - low) * index) / (count - 1);
    return { x, ...evaluate(activation, x) };
  });
}

/** The largest slope on [low, high] and where it occurs (sigmoid: 1/4 at 0). */
export function steepestPoint(activation: Activation, low: number, high: number) {
  let best = { x: low, slope: -Infinity };
  for (const point of sampleCurve(activation, low, high, 1201)) if (point.slope > best.slope + 1e-12) best = { x: point.x, slope: point.slope };
  return best;
}
