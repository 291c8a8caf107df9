/**
 * The parts of a snapshot that do not depend on the engine: the grid of inputs a 2-D decision
 * field is drawn from, per-layer norms, and the guard that keeps non-finite numbers inside.
 */
import type { Engine } from './engine.types';
import type { LayerStats, Snapshot, SnapshotRequest } from './session.types';
import type { NetworkWeights } from './spec';
import { euclideanNorm, replaceNonFinite } from './weights';

type GridRequest = NonNullable<SnapshotRequest['grid']>;

/** Largest grid side served; larger requests are clamped (256² = 65,536 points). */
export const GRID_RESOLUTION_LIMIT = 256;

/**
 * The resolution² points (x_i, y_j) with x_i = xMin + i·(xMax − xMin)/(r − 1), likewise y_j,
 * row-major with x varying fastest and y from yMin upward (a single point for r = 1).
 */
export function createGridInputs(grid: GridRequest): { resolution: number; inputs: Float32Array } {
  const resolution = Math.max(1, Math.min(GRID_RESOLUTION_LIMIT, Math.floor(grid.resolution) || 1));
  const inputs = new Float32Array(resolution * resolution * 2);
  const spacing = resolution === 1 ? 0 : 1 / (resolution - 1);
  for (let row = 0; row < resolution; row++) {
    for (let column = 0; column < resolution; column++) {
      const index = 2 * (row * resolution + column);
      inputs[index] = grid.xMin + (grid.xMax - grid.xMin) * column * spacing;
      inputs[index + 1] = grid.yMin + (grid.yMax - grid.yMin) * row * spacing;
    }
  }
  return { resolution, inputs };
}

/** Grid inputs for a request: `createGridInputs`, or a cache of it. */
export type GridInputsSource = (grid: GridRequest) => { resolution: number; inputs: Float32Array };

/**
 * `createGridInputs` that keeps its last result while the box and resolution stay the same:
 * a worker asks for the same grid on every tick. The arrays it returns must not be changed.
 */
export function createGridInputsCache(): GridInputsSource {
  let key = '';
  let cached: ReturnType<GridInputsSource> | null = null;
  return (grid) => {
    const next = `${grid.xMin} ${grid.xMax} ${grid.yMin} ${grid.yMax} ${grid.resolution}`;
    if (cached === null || next !== key) {
      cached = createGridInputs(grid);
      key = next;
    }
    return cached;
  };
}

/** ‖∂L/∂W_l‖ from the last update and ‖W_l‖ now, per layer. */
export function describeLayerStats(weights: NetworkWeights, gradientNorms: Float64Array): LayerStats[] {
  return weights.map((layer, index) => ({
    gradientNorm: gradientNorms[index],
    weightNorm: euclideanNorm(layer.weights),
  }));
}

/**
 * The optional parts of a snapshot that `request` asks for, non-finite values replaced; the
 * grid's inputs come from `gridInputs` (a cache, in a session).
 */
export function describeRequested(
  engine: Engine,
  inputSize: number,
  weights: NetworkWeights,
  request: SnapshotRequest | undefined,
  gridInputs: GridInputsSource = createGridInputs,
): Pick<Snapshot, 'activations' | 'grid' | 'weights'> {
  const extras: Pick<Snapshot, 'activations' | 'grid' | 'weights'> = {};
  if (request?.probe && request.probe.count > 0) {
    const { inputs, count } = request.probe;
    if (inputs.length < count * inputSize) throw new Error(`The probe needs ${count * inputSize} inputs.`);
    extras.activations = engine.activations(inputs.subarray(0, count * inputSize), count);
    extras.activations.forEach(replaceNonFinite);
  }
  if (request?.grid && inputSize === 2) {
    const { resolution, inputs } = gridInputs(request.grid);
    const values = engine.predict(inputs, resolution * resolution);
    replaceNonFinite(values);
    extras.grid = { resolution, values };
  }
  if (request?.weights) extras.weights = weights;
  return extras;
}
