/**
 * `createSessionWith(engines, options)`: a training run of one network on one split dataset,
 * on the engine the options name, taken from `engines` (the engines loaded so far). The
 * session owns what both engines share — the seeded batch order, the dropout masks, the
 * divergence guard and the snapshots — so that the engines differ only in arithmetic.
 *
 * This module imports no engine, so that a worker running the typed engine never loads tfjs;
 * `createSession` in session.ts is the same with both engines at hand.
 */
import { BatchSampler } from './batches';
import { createBatchStore, type BatchStore } from './batchStore';
import { createResidentBlock, type DataBlock } from './dataBlock';
import { fillDropoutMasks } from './dropout';
import type { Engine, UpdateSettings } from './engine.types';
import { samplesPerUpdate } from './engineChoice';
import { findEngine, type EngineFactory, type EngineRegistry } from './engines';
import { createEvaluation, type Evaluation } from './evaluation';
import { initialiseWeights } from './initialisation';
import { assertValidSpec, describeLayers, type LayerShape } from './layers';
import { resolveLoss } from './losses';
import type {
  HyperParameters,
  SessionOptions,
  Snapshot,
  SnapshotRequest,
  TrainingSession,
} from './session.types';
import type { NetworkWeights } from './spec';
import { createGridInputsCache, describeLayerStats, describeRequested } from './snapshot';
import { createStreams, type SessionStreams } from './streams';
import { areWeightsFinite, assertWeightsMatch, cloneWeights, replaceNonFinite } from './weights';

/**
 * A session on `options.engine` (which `engines` must hold), starting from
 * `options.initialWeights` or seeded weights. Snapshots evaluate the whole training and
 * validation sets, or, for a set of more than 2,000 samples, a fixed subset of 2,000 drawn from
 * the seed. Their losses are the data loss L without the L2 term; accuracy is null for
 * regression data (data with targets). Throws on a spec or hyper-parameters that cannot train
 * (say cross-entropy with a linear head), or on an engine that `engines` does not hold.
 */
export function createSessionWith(engines: EngineRegistry, options: SessionOptions): TrainingSession {
  return new Session(findEngine(engines, options.engine), options);
}

/** Picks from `hyper` what an engine needs, with the loss resolved for the head. */
function toUpdateSettings(hyper: HyperParameters, head: SessionOptions['spec']['head']): UpdateSettings {
  const { learningRate, optimiser, momentum, l2 } = hyper;
  return { loss: resolveLoss(hyper.loss, head), learningRate, optimiser, momentum, l2 };
}

class Session implements TrainingSession {
  readonly engine: TrainingSession['engine'];
  private readonly implementation: Engine;
  private readonly shapes: LayerShape[];
  private readonly trainBlock: DataBlock;
  private readonly batches: BatchStore;
  private readonly gradientNorms: Float64Array;
  private readonly gridInputs = createGridInputsCache();
  private hyper: HyperParameters;
  private settings: UpdateSettings;
  private seed: number;
  private streams!: SessionStreams;
  private sampler!: BatchSampler;
  private evaluation!: Evaluation;
  private completedSteps = 0;
  private samplesSeen = 0;
  private divergedAt: number | null = null;
  private disposed = false;

  constructor(createEngine: EngineFactory, private readonly options: SessionOptions) {
    const { spec, data } = options;
    assertValidSpec(spec);
    if (data.train.count < 1) throw new Error('The training set is empty.');
    this.hyper = { ...options.hyper };
    this.settings = toUpdateSettings(this.hyper, spec.head);
    this.shapes = describeLayers(spec);
    this.trainBlock = createResidentBlock(data.train, spec, null);
    this.batches = createBatchStore(spec, this.shapes, this.trainBlock);
    this.gradientNorms = new Float64Array(this.shapes.length);
    this.seed = options.seed;
    this.implementation = createEngine(spec);
    this.engine = this.implementation.name;
    try {
      this.start(true);
    } catch (error) {
      this.implementation.dispose();
      throw error;
    }
  }

  step(count: number, request?: SnapshotRequest): Snapshot {
    this.assertAlive();
    for (let index = 0; index < count && this.divergedAt === null; index++) this.update(index === count - 1);
    return this.snapshot(request);
  }

  snapshot(request?: SnapshotRequest): Snapshot {
    this.assertAlive();
    const sets = this.evaluation.measure(this.implementation, this.settings.loss);
    if (!sets.finite) this.divergedAt ??= this.completedSteps;
    const weights = this.implementation.getWeights();
    return {
      status: this.divergedAt === null ? 'ready' : 'diverged',
      step: this.completedSteps,
      epoch: this.samplesSeen / this.trainBlock.count,
      divergedAt: this.divergedAt,
      trainLoss: sets.train.loss,
      validationLoss: sets.validation.loss,
      trainAccuracy: sets.train.accuracy,
      validationAccuracy: sets.validation.accuracy,
      layers: describeLayerStats(weights, this.gradientNorms),
      ...describeRequested(this.implementation, this.options.spec.inputSize, weights, request, this.gridInputs),
    };
  }

  setHyperParameters(changes: Partial<HyperParameters>): void {
    const next = { ...this.hyper, ...changes };
    this.settings = toUpdateSettings(next, this.options.spec.head);
    if (next.optimiser !== this.hyper.optimiser) this.implementation.resetOptimiser(next.optimiser);
    this.hyper = next;
  }

  /** Back to step 0: from seeded weights for `seed` (which becomes the session's), else as created. */
  reset(seed?: number): void {
    this.assertAlive();
    if (seed !== undefined) this.seed = seed;
    this.start(seed === undefined);
  }

  getWeights(): NetworkWeights {
    this.assertAlive();
    return this.implementation.getWeights();
  }

  /** Replaces the weights (a copy is taken); throws on wrong shapes or non-finite numbers. */
  setWeights(weights: NetworkWeights): void {
    this.assertAlive();
    this.acceptWeights(cloneWeights(weights));
  }

  predict(inputs: Float32Array, count: number): Float32Array {
    this.assertAlive();
    const size = count * this.options.spec.inputSize;
    if (inputs.length < size) throw new Error(`predict needs ${size} inputs, got ${inputs.length}.`);
    const outputs = this.implementation.predict(inputs.subarray(0, size), count);
    replaceNonFinite(outputs);
    return outputs;
  }

  dispose(): void {
    if (!this.disposed) this.implementation.dispose();
    this.disposed = true;
  }

  /** Streams, sampler, evaluation sets, weights and optimiser for the current seed. */
  private start(fromInitialWeights: boolean): void {
    const { spec, data, initialWeights } = this.options;
    this.streams = createStreams(this.seed);
    this.sampler = new BatchSampler(this.trainBlock.count, this.streams.batches);
    this.evaluation = createEvaluation(data, spec, this.trainBlock, this.streams.evaluation);
    this.implementation.setResidentBlocks([this.trainBlock, ...this.evaluation.blocks]);
    const useGiven = fromInitialWeights && initialWeights !== undefined;
    this.acceptWeights(useGiven ? initialWeights : initialiseWeights(spec, this.streams.initialisation));
    this.implementation.resetOptimiser(this.hyper.optimiser);
    this.completedSteps = 0;
    this.samplesSeen = 0;
    this.divergedAt = null;
    this.gradientNorms.fill(0);
  }

  private acceptWeights(weights: NetworkWeights): void {
    assertWeightsMatch(this.shapes, weights);
    if (!areWeightsFinite(weights)) throw new Error('Weights must be finite numbers.');
    this.implementation.setWeights(weights);
  }

  /**
   * One update; on a non-finite result nothing changes and the session diverges. Gradient
   * norms are measured when `last` (the update a snapshot reports on), so after a divergence
   * they are those of the last measured update.
   */
  private update(last: boolean): void {
    const full = this.sampler.advance(samplesPerUpdate(this.hyper.batchSize, this.trainBlock.count));
    const batch = full ? this.trainBlock : this.batches.gather(this.sampler);
    let masks = null;
    if (this.hyper.dropout > 0) {
      masks = this.batches.masksFor(batch.count);
      fillDropoutMasks(this.streams.dropout, masks, this.hyper.dropout);
    }
    const outcome = this.implementation.update(batch, masks, this.settings, last);
    if (!outcome.committed) {
      this.divergedAt = this.completedSteps + 1;
      return;
    }
    this.completedSteps++;
    this.samplesSeen += batch.count;
    if (last) this.gradientNorms.set(outcome.gradientNorms);
  }

  private assertAlive(): void {
    if (this.disposed) throw new Error('This training session has been disposed.');
  }
}
