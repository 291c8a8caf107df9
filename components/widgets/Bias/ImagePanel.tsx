import { MAX_STEPS } from './config';
import { blackImageNote, formatProbability, formatValue, sigmoid } from './format';
import { ImageStrip } from './ImageStrip';
import { LayerCells } from './LayerCells';
import { LossCurve } from './LossCurve';
import { layerRows, probeImages, probeLogits, type BiasState } from './readout';
import type { LossPoint } from './useLossHistory';

export interface ImageReadout {
  activations: Float32Array[] | null;
  accuracy: number | null;
  loss: number | null;
  history: readonly LossPoint[];
}

/** Panel 1: the images, the black image's activations per layer, the note, the numbers, the loss. */
export function ImagePanel({ state, readout, width }: { state: BiasState; readout: ImageReadout; width: number }) {
  const logits = probeLogits(readout.activations);
  const black = logits?.[0] ?? null;
  return (
    <section className="bias-panel" aria-labelledby="bias-images-title">
      <h3 className="bias-panel-title" id="bias-images-title">Flat grey images, {state.side}×{state.side} pixels</h3>
      <p className="legend bias-strip-legend">p = the network’s probability that the image is white (✓ right side of ½, ✗ wrong side)</p>
      <ImageStrip images={probeImages(state, logits)} side={state.side} />
      <p className="legend bias-cell-legend" aria-hidden="true">
        Activations per layer for the <span className="bias-swatch bias-swatch-black" /> black and <span className="bias-swatch bias-swatch-white" /> white image
        (<span className="bias-key bias-key-a" /> below 0, <span className="bias-key bias-key-b" /> above 0).
      </p>
      <LayerCells layers={layerRows(state, readout.activations)} />
      <p className="bias-note" aria-live="polite">{blackImageNote(state.activation, state.on)}</p>
      {readout.accuracy === null ? null : (
        <>
          <dl className="readouts">
            <div><dt>training accuracy</dt><dd>{`${(100 * readout.accuracy).toFixed(1)}%`}</dd></div>
            <div><dt>loss</dt><dd>{readout.loss === null ? '–' : formatValue(readout.loss)}</dd></div>
            <div><dt>black image: z</dt><dd>{black === null ? '–' : black === 0 ? '0 (exactly)' : formatValue(black)}</dd></div>
            <div><dt>p(white | black)</dt><dd>{black === null ? '–' : formatProbability(sigmoid(black))}</dd></div>
          </dl>
          <LossCurve points={readout.history} maxSteps={MAX_STEPS} width={Math.min(width, 520)} />
        </>
      )}
    </section>
  );
}
