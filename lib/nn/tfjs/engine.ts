/**
 * The tfjs engine: the same network as the typed engine, on whatever tfjs backend is active.
 * Weights are tf.Variables, gradients come from tf.variableGrads, and every other tensor is
 * created inside tf.tidy or disposed; `dispose()` frees the rest.
 */
import * as tf from '@tensorflow/tfjs';
import type { DataBlock } from '../dataBlock';
import type { DropoutMasks } from '../dropout';
import type { Engine, UpdateOutcome, UpdateSettings } from '../engine.types';
import { describeLayers } from '../layers';
import type { LossKind } from '../losses';
import type { Optimiser } from '../session.types';
import type { ModelSpec, NetworkWeights } from '../spec';
import { isFiniteFloat32 } from '../weights';
import { createBlockTensors, makeVariable, readArrays, toNetworkWeights, type BlockTensors } from './tensors';
import { applyTensorHead, computeTensorLoss, computeTensorPenalty, forwardTensors, type TensorLayer } from './operations';
import { createTensorSlots, proposeTensorUpdate, type TensorProposal } from './optimisers';

/** A tfjs engine for `spec`, weights zero until `setWeights`. */
export function createTfjsEngine(spec: ModelSpec): Engine {
  return new TfjsEngine(spec);
}

class TfjsEngine implements Engine {
  readonly name = 'tfjs' as const;
  private readonly layers: TensorLayer[];
  private readonly variables: tf.Variable[];
  private readonly resident = new Map<DataBlock, BlockTensors>();
  private readonly outcome: UpdateOutcome;
  private optimiser: Optimiser | null = null;
  private slots: tf.Tensor[][] = [];
  private updates = 0;

  constructor(private readonly spec: ModelSpec) {
    this.layers = describeLayers(spec).map((shape) => ({
      shape,
      weights: makeVariable([shape.inputSize, shape.units]) as tf.Variable<tf.Rank.R2>,
      bias: shape.useBias ? (makeVariable([shape.units]) as tf.Variable<tf.Rank.R1>) : null,
    }));
    this.variables = this.layers.flatMap((layer) => (layer.bias ? [layer.weights, layer.bias] : [layer.weights]));
    this.outcome = { committed: false, objective: 0, gradientNorms: new Float64Array(this.layers.length) };
  }

  getWeights(): NetworkWeights {
    return toNetworkWeights(this.layers, readArrays(this.variables));
  }

  setWeights(weights: NetworkWeights): void {
    tf.tidy(() => {
      weights.forEach((layer, index) => {
        const target = this.layers[index];
        // Copies: on the cpu backend a tensor keeps the very array it was made from.
        target.weights.assign(tf.tensor2d(layer.weights.slice(), [layer.inputSize, layer.units]));
        if (target.bias && layer.bias) target.bias.assign(tf.tensor1d(layer.bias.slice()));
      });
    });
  }

  resetOptimiser(optimiser: Optimiser): void {
    tf.dispose(this.slots);
    this.slots = createTensorSlots(this.variables, optimiser);
    this.optimiser = optimiser;
    this.updates = 0;
  }

  setResidentBlocks(blocks: DataBlock[]): void {
    this.releaseBlocks();
    for (const block of blocks) if (!this.resident.has(block)) this.resident.set(block, createBlockTensors(block));
  }

  update(batch: DataBlock, masks: DropoutMasks | null, settings: UpdateSettings, measure: boolean): UpdateOutcome {
    if (settings.optimiser !== this.optimiser) this.resetOptimiser(settings.optimiser);
    const { summary, proposal } = this.propose(batch, masks, settings, measure);
    // One read per update: [objective, finiteness check, ‖∂L/∂W_l‖² per layer when measured].
    const numbers = summary.dataSync();
    summary.dispose();
    const outcome = this.outcome;
    outcome.objective = numbers[0];
    let finite = isFiniteFloat32(numbers[0]) && isFiniteFloat32(numbers[1]);
    for (let index = 2; index < numbers.length; index++) {
      finite = finite && isFiniteFloat32(numbers[index]);
      outcome.gradientNorms[index - 2] = Math.sqrt(numbers[index]);
    }
    outcome.committed = finite;
    if (finite) this.commit(proposal);
    else tf.dispose([proposal.values, proposal.slots]);
    return outcome;
  }

  gradients(batch: DataBlock, masks: DropoutMasks | null, loss: LossKind, l2: number) {
    const { value, gradients } = tf.tidy(() => this.differentiate(batch, masks, loss, l2));
    const objective = value.dataSync()[0];
    const arrays = readArrays(gradients);
    tf.dispose([value, gradients]);
    return { objective, gradients: toNetworkWeights(this.layers, arrays) };
  }

  evaluate(block: DataBlock, loss: LossKind): { loss: number; outputs: Float32Array } {
    const tensors = tf.tidy(() => {
      const { inputs, targets } = this.tensorsOf(block);
      const { logits } = forwardTensors(this.layers, inputs, null);
      return [computeTensorLoss(loss, this.spec.head, logits, targets), applyTensorHead(this.spec.head, logits)];
    });
    const [value, outputs] = readArrays(tensors);
    tf.dispose(tensors);
    return { loss: value[0], outputs };
  }

  activations(inputs: Float32Array, count: number): Float32Array[] {
    return this.run(inputs, count, (hidden, logits) => [...hidden, logits]);
  }

  predict(inputs: Float32Array, count: number): Float32Array {
    return this.run(inputs, count, (_hidden, logits) => [applyTensorHead(this.spec.head, logits)])[0];
  }

  dispose(): void {
    this.releaseBlocks();
    tf.dispose(this.slots);
    this.slots = [];
    tf.dispose(this.variables);
  }

  /** ∂/∂θ of L + (λ/2)Σ‖W‖², inside the caller's tidy. */
  private differentiate(batch: DataBlock, masks: DropoutMasks | null, loss: LossKind, l2: number) {
    const { inputs, targets } = this.tensorsOf(batch);
    const maskTensors = masks ? masks.map((mask) => tf.tensor2d(mask, [batch.count, mask.length / batch.count])) : null;
    const { value, grads } = tf.variableGrads(() => {
      const { logits } = forwardTensors(this.layers, inputs, maskTensors);
      const dataLoss = computeTensorLoss(loss, this.spec.head, logits, targets);
      if (l2 === 0) return dataLoss;
      return tf.add(dataLoss, computeTensorPenalty(this.layers.map((layer) => layer.weights), l2)) as tf.Scalar;
    }, this.variables);
    return { value, gradients: this.variables.map((variable) => grads[variable.name]) };
  }

  /** The update's proposal and a summary to read, all in one tidy. */
  private propose(batch: DataBlock, masks: DropoutMasks | null, settings: UpdateSettings, measureNorms: boolean) {
    return tf.tidy(() => {
      const { value, gradients } = this.differentiate(batch, masks, settings.loss, settings.l2);
      const proposal = proposeTensorUpdate(this.variables, gradients, this.slots, settings, this.updates + 1);
      const weightNorms = measureNorms
        ? this.layers.map((layer) => tf.sum(tf.square(gradients[this.variables.indexOf(layer.weights)])))
        : [];
      // Σ·0 is 0 when every entry is finite and NaN as soon as one is not (or when a sum passes
      // 3.4e38, which counts as divergence too: such weights have diverged in all but name).
      // A non-finite gradient, velocity or first moment spoils θ', so θ' (and Adam's second
      // moment, which alone can overflow without spoiling θ') cover everything, as in the
      // typed engine.
      const checked = settings.optimiser === 'adam' ? [...proposal.values, ...proposal.slots.map((slots) => slots[1])] : proposal.values;
      const check = tf.mul(tf.addN(checked.map((tensor) => tf.sum(tensor))), 0);
      return { summary: tf.stack([value, check, ...weightNorms]), proposal };
    });
  }

  private commit(proposal: TensorProposal): void {
    this.variables.forEach((variable, index) => variable.assign(proposal.values[index]));
    tf.dispose(proposal.values);
    tf.dispose(this.slots);
    this.slots = proposal.slots;
    this.updates++;
  }

  /** Runs the network on `count` inputs without dropout and reads what `pick` selects. */
  private run(inputs: Float32Array, count: number, pick: (hidden: tf.Tensor2D[], logits: tf.Tensor2D) => tf.Tensor[]) {
    const tensors = tf.tidy(() => {
      const { hidden, logits } = forwardTensors(this.layers, tf.tensor2d(inputs, [count, this.spec.inputSize]), null);
      return pick(hidden, logits);
    });
    const arrays = readArrays(tensors);
    tf.dispose(tensors);
    return arrays;
  }

  /** The block's tensors: kept ones if resident, else new ones (the caller's tidy frees them). */
  private tensorsOf(block: DataBlock): BlockTensors {
    return this.resident.get(block) ?? createBlockTensors(block);
  }

  private releaseBlocks(): void {
    for (const tensors of this.resident.values()) tf.dispose([tensors.inputs, tensors.targets]);
    this.resident.clear();
  }
}
