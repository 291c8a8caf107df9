import { HIDDEN_UNITS } from './config';
import { formatValue } from './format';

export interface LayerRow {
  /** "Hidden 1", …, "Output logit z". */
  name: string;
  black: readonly number[];
  /** The white image's values, or null when they are not known yet (the poster). */
  white: readonly number[] | null;
}

/** A cell's tint: orange below 0, blue above, stronger with |value| (at most 40%, so text stays readable). */
function tint(value: number, scale: number): string | undefined {
  if (value === 0) return undefined;
  const share = Math.round(8 + 32 * Math.min(1, Math.abs(value) / scale));
  return `color-mix(in srgb, var(${value > 0 ? '--class-b' : '--class-a'}) ${share}%, var(--bg))`;
}

function Cells({ values, scale, image }: { values: readonly number[]; scale: number; image: 'black' | 'white' }) {
  const allZero = values.every((value) => value === 0);
  return (
    <div className="bias-cells-row">
      <span className={`bias-swatch bias-swatch-${image}`} aria-hidden="true" />
      <ol className="bias-cells" style={{ gridTemplateColumns: `repeat(${HIDDEN_UNITS}, minmax(0, 1fr))` }} aria-label={`${image} image${allZero ? ': exactly 0 in every unit' : ''}`}>
        {values.map((value, unit) => (
          <li key={unit} className={value === 0 ? 'bias-cell bias-cell-zero' : 'bias-cell'} style={{ background: tint(value, scale) }}>
            {formatValue(value)}
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * The black (and white) image's activations, layer by layer, as small tinted cells with their
 * values printed: for a bias-free network with f(0) = 0 the black rows read exactly 0.
 */
export function LayerCells({ layers }: { layers: readonly LayerRow[] }) {
  const scale = Math.max(1, ...layers.flatMap((layer) => [...layer.black, ...(layer.white ?? [])].map(Math.abs)));
  return (
    <div className="bias-layers">
      {layers.map((layer) => (
        <div className="bias-layer" key={layer.name} role="group" aria-label={layer.name}>
          <p className="bias-layer-name">
            {layer.name}
            {layer.black.every((value) => value === 0) ? <span className="bias-exact"> · black image: exactly 0</span> : null}
          </p>
          <Cells values={layer.black} scale={scale} image="black" />
          {layer.white ? <Cells values={layer.white} scale={scale} image="white" /> : null}
        </div>
      ))}
    </div>
  );
}
