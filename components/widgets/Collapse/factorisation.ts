import { factorisedParameterCount, multiplyMatrices, numericalRank } from '@/lib/analysis/rank';
import { makeRandom } from '@/lib/random';

export interface Factorisation {
  n: number;
  k: number;
  m: number;
  /** A (n × k) and B (k × m), normal draws, row-major. */
  a: Float64Array;
  b: Float64Array;
  /** C = A·B (n × m). */
  product: Float64Array;
  /** The numerical rank of C: at most k (and at most min(n, m)). */
  rank: number;
  /** n·k + k·m. */
  factorParameters: number;
  /** n·m. */
  denseParameters: number;
}

/** A seeded random A (n × k) and B (k × m), their product, its rank, and both parameter counts. */
export function factorise(n: number, k: number, m: number, seed: number): Factorisation {
  const random = makeRandom(seed);
  const a = Float64Array.from({ length: n * k }, () => random.normal());
  const b = Float64Array.from({ length: k * m }, () => random.normal());
  const product = multiplyMatrices(a, b, n, k, m);
  return {
    n, k, m, a, b, product,
    rank: numericalRank(product, n, m),
    factorParameters: factorisedParameterCount(n, k, m),
    denseParameters: n * m,
  };
}
