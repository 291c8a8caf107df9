/**
 * The typed engine: a dense network on plain Float32Arrays with a hand-written forward and
 * backward pass. Buffers are allocated once per batch size, so that training allocates
 * nothing; it is the fast engine for Playground-sized networks.
 */
import type { DataBlock } from '../dataBlock';
import type { DropoutMasks } from '../dropout';
import type { Engine, UpdateOutcome, UpdateSettings } from '../engine.types';
import { applyHead } from '../heads';
import { describeLayers, type LayerShape } from '../layers';
import { computeCrossEntropyGradient, computeLoss, isLossSurelyFinite, l2Penalty, type LossBuffers, type LossKind } from '../losses';
import type { Optimiser } from '../session.types';
import type { ModelSpec, NetworkWeights } from '../spec';
import { cloneWeights, isFiniteFloat32 } from '../weights';
import { backwardPass } from './backward';
import { forwardPass } from './forward';
import {
  createTypedLayers,
  createWorkspace,
  listParameters,
  refreshLayerViews,
  type TypedLayer,
  type TypedParameter,
  type Workspace,
} from './network';
import { clearOptimiserState, commitUpdate, proposeUpdate } from './optimisers';

/** Workspaces kept per batch size before the cache starts over (probe and grid sizes vary). */
const WORKSPACE_CACHE_LIMIT = 8;

/** A typed-array engine for `spec`, weights zero until `setWeights`. */
export function createTypedEngine(spec: ModelSpec): Engine {
  return new TypedEngine(spec);
}

class TypedEngine implements Engine {
  readonly name = 'typed' as const;
  private readonly shapes: LayerShape[];
  private readonly layers: TypedLayer[];
  private readonly parameters: TypedParameter[];
  private readonly workspaces = new Map<number, Workspace>();
  private readonly outcome: UpdateOutcome;
  /** Reused for every loss computation, so that an update allocates nothing. */
  private readonly lossBuffers: LossBuffers;
  private optimiser: Optimiser | null = null;
  private updates = 0;
  /** Whether the last update skipped its loss value as surely finite (see computeGradients). */
  private lossSkipped = false;

  constructor(private readonly spec: ModelSpec) {
    this.shapes = describeLayers(spec);
    this.layers = createTypedLayers(this.shapes);
    this.parameters = listParameters(this.layers);
    this.outcome = { committed: false, objective: 0, gradientNorms: new Float64Array(this.layers.length) };
    const empty = new Float32Array(0);
    this.lossBuffers = { logits: empty, outputs: empty, targets: empty, gradient: null };
  }

  getWeights(): NetworkWeights {
    return cloneWeights(this.layers);
  }

  setWeights(weights: NetworkWeights): void {
    weights.forEach((layer, index) => {
      this.layers[index].weights.set(layer.weights);
      if (layer.bias) this.layers[index].bias?.set(layer.bias);
    });
  }

  resetOptimiser(optimiser: Optimiser): void {
    clearOptimiserState(this.parameters);
    this.optimiser = optimiser;
    this.updates = 0;
  }

  setResidentBlocks(): void {
    // Typed arrays are read where they are: nothing to upload.
  }

  /** Norms come free with the gradients here, so they are measured on every update. */
  update(batch: DataBlock, masks: DropoutMasks | null, settings: UpdateSettings, measure: boolean): UpdateOutcome {
    const outcome = this.outcome;
    if (settings.optimiser !== this.optimiser) this.resetOptimiser(settings.optimiser);
    outcome.objective = this.computeGradients(batch, masks, settings.loss, settings.l2, measure);
    // A non-finite gradient spoils the proposal, so checking the proposal covers it.
    outcome.committed =
      (this.lossSkipped || isFiniteFloat32(outcome.objective)) && proposeUpdate(this.parameters, settings, this.updates + 1);
    if (outcome.committed) {
      commitUpdate(this.parameters);
      refreshLayerViews(this.layers);
      this.updates++;
    }
    return outcome;
  }

  gradients(batch: DataBlock, masks: DropoutMasks | null, loss: LossKind, l2: number) {
    const objective = this.computeGradients(batch, masks, loss, l2);
    return { objective, gradients: copyGradients(this.layers) };
  }

  evaluate(block: DataBlock, loss: LossKind): { loss: number; outputs: Float32Array } {
    const { logits, workspace } = this.predictInto(block.inputs, block.count);
    const value = this.computeLossOf(loss, block, logits, workspace);
    return { loss: value, outputs: workspace.predictions.slice() };
  }

  activations(inputs: Float32Array, count: number): Float32Array[] {
    const workspace = this.workspaceFor(count);
    forwardPass(this.layers, inputs, count, workspace, null);
    const last = this.layers.length - 1;
    return this.layers.map((_layer, index) =>
      (index === last ? workspace.preactivations[index] : workspace.activations[index]).slice(),
    );
  }

  predict(inputs: Float32Array, count: number): Float32Array {
    return this.predictInto(inputs, count).workspace.predictions.slice();
  }

  dispose(): void {
    this.workspaces.clear();
  }

  /**
   * Forward, head and loss on the batch, then backward: fills every gradient; returns the
   * objective. Unless `measure`, a cross-entropy that is surely finite is not evaluated (its
   * logarithms cost a small network a tenth of its update): then it returns NaN and sets
   * `lossSkipped`. The gradient is the same either way.
   */
  private computeGradients(batch: DataBlock, masks: DropoutMasks | null, loss: LossKind, l2: number, measure = true): number {
    const { count } = batch;
    const units = this.spec.outputSize;
    const workspace = this.workspaceFor(count);
    const logits = forwardPass(this.layers, batch.inputs, count, workspace, masks);
    applyHead(this.spec.head, logits, workspace.predictions, count, units);
    const buffers = this.fillLossBuffers(batch, logits, workspace, workspace.deltas[this.layers.length - 1]);
    const penalty = l2Penalty(this.layers, l2);
    this.lossSkipped = !measure && penalty < 1e38 && isLossSurelyFinite(loss, buffers, count, units);
    let objective = Number.NaN;
    if (this.lossSkipped) computeCrossEntropyGradient(buffers, count, units);
    else objective = computeLoss(loss, this.spec.head, buffers, count, units) + penalty;
    backwardPass(this.layers, batch.inputs, count, workspace, masks, l2, this.outcome.gradientNorms);
    return objective;
  }

  /** L on `block` from its logits and ŷ (no gradient). */
  private computeLossOf(loss: LossKind, block: DataBlock, logits: Float32Array, workspace: Workspace): number {
    const buffers = this.fillLossBuffers(block, logits, workspace, null);
    return computeLoss(loss, this.spec.head, buffers, block.count, this.spec.outputSize);
  }

  /** The reused loss buffers pointed at `block`, its logits and ŷ, and `gradient` (∂L/∂z) or null. */
  private fillLossBuffers(block: DataBlock, logits: Float32Array, workspace: Workspace, gradient: Float32Array | null): LossBuffers {
    const buffers = this.lossBuffers;
    buffers.logits = logits;
    buffers.outputs = workspace.predictions;
    buffers.targets = block.targets;
    buffers.gradient = gradient;
    return buffers;
  }

  /** Runs the network without dropout; ŷ ends in workspace.predictions. */
  private predictInto(inputs: Float32Array, count: number) {
    const workspace = this.workspaceFor(count);
    const logits = forwardPass(this.layers, inputs, count, workspace, null);
    applyHead(this.spec.head, logits, workspace.predictions, count, this.spec.outputSize);
    return { logits, workspace };
  }

  private workspaceFor(count: number): Workspace {
    let workspace = this.workspaces.get(count);
    if (!workspace) {
      if (this.workspaces.size >= WORKSPACE_CACHE_LIMIT) this.workspaces.clear();
      workspace = createWorkspace(this.shapes, count);
      this.workspaces.set(count, workspace);
    }
    return workspace;
  }
}

function copyGradients(layers: TypedLayer[]): NetworkWeights {
  return layers.map((layer) => ({
    inputSize: layer.inputSize,
    units: layer.units,
    weights: layer.weightParameter.gradient.slice(),
    bias: layer.biasParameter ? layer.biasParameter.gradient.slice() : null,
  }));
}
