import { MatrixView } from '@/components/charts/MatrixView';
import { side } from './config';

interface Props {
  layer: number;
  unit: number;
  /** The unit's incoming weights, or null before the first snapshot. */
  weights: Float32Array | null;
  width: number;
}

/**
 * A unit's incoming weights: on the first hidden layer, one per pixel as an 8 × 8 image;
 * deeper, one per unit of the layer below as a strip (those units have no picture of their own).
 */
export function WeightPicture({ layer, unit, weights, width }: Props) {
  const first = layer === 1;
  const rows = first ? side : 1;
  const columns = first ? side : weights?.length ?? 64;
  const cell = first ? 14 : Math.max(3, Math.min(6, Math.floor((width - 16) / columns)));
  return (
    <figure className="neurons-weights">
      <figcaption>{first ? 'Input weights, one per pixel' : `Weights from the ${columns} units of hidden layer ${layer - 1}`}</figcaption>
      {weights ? (
        <MatrixView
          values={weights} rows={rows} columns={columns} cellSize={cell} minimumSide={first ? 0 : 28}
          label={first ? `Unit ${unit}'s 64 input weights as an 8 by 8 image: blue pixels excite it, orange ones inhibit it.` : `Unit ${unit}'s ${columns} weights from hidden layer ${layer - 1}: blue excite, orange inhibit.`}
        />
      ) : (
        <p className="neurons-empty">Not trained yet</p>
      )}
      <p className="legend neurons-weights-key">
        <span className="neurons-key neurons-key-b" aria-hidden="true" /> excites
        <span className="neurons-key neurons-key-a" aria-hidden="true" /> inhibits
      </p>
    </figure>
  );
}
