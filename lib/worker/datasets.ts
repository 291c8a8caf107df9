/**
 * Turns a `DatasetSource` into data: arrays pass through; a generator name is looked up in
 * a table of seeded generators and run in the worker, so a page sends a few bytes instead
 * of the whole set.
 */
import type { SplitDataset } from '../data/dataset';
import type { DatasetSource, GeneratorParameter } from './protocol';

/** Makes a split dataset from its parameters and a seed (same seed, same data). */
export type DatasetGenerator = (
  params: Record<string, GeneratorParameter>,
  seed: number,
) => SplitDataset | Promise<SplitDataset>;

/** A resolver over `generators`; it rejects, naming the known ones, for an unknown name. */
export function createDatasetResolver(
  generators: Readonly<Record<string, DatasetGenerator>>,
): (source: DatasetSource) => SplitDataset | Promise<SplitDataset> {
  return (source) => {
    if (source.kind === 'arrays') return source.data;
    const generate = Object.hasOwn(generators, source.name) ? generators[source.name] : undefined;
    if (!generate) {
      const known = Object.keys(generators).join(', ') || 'none';
      throw new Error(`Unknown dataset generator '${source.name}' (known: ${known})`);
    }
    return generate(source.params, source.seed);
  };
}

/** A numeric parameter, or `fallback` when it is missing or not a finite number. */
export function numberParameter(
  params: Record<string, GeneratorParameter>,
  name: string,
  fallback: number,
): number {
  const value = params[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
