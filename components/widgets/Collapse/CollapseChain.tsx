import { MatrixView } from '@/components/charts/MatrixView';
import type { NetworkWeights } from '@/lib/nn/spec';
import { formatNumber } from '../format';
import type { CollapseCheck } from './model';

const subscripts = '₀₁₂₃₄₅₆₇₈₉';
const subscript = (index: number) => String(index).replace(/\d/g, (digit) => subscripts[Number(digit)]);

/**
 * The trained weight matrices side by side, multiplied into one: C = W₁·W₂⋯Wₙ and the combined
 * bias c, with the largest gap between the network's logits and x·C + c.
 */
export function CollapseChain({ weights, check, linear }: { weights: NetworkWeights; check: CollapseCheck; linear: boolean }) {
  const largest = Math.max(...weights.map((layer) => Math.max(layer.inputSize, layer.units)));
  const cell = Math.max(3, Math.min(10, Math.floor(96 / largest)));
  const [c1, c2] = check.collapse.matrix;
  const [c0] = check.collapse.bias;
  return (
    <div className="collapse-chain">
      <p className="panel-title">{linear ? 'The trained layers, multiplied into one' : 'The same product, for comparison'}</p>
      <div className="matrix-row">
        {weights.map((layer, index) => (
          <figure key={index}>
            <MatrixView values={layer.weights} rows={layer.inputSize} columns={layer.units} cellSize={cell} label={`W${index + 1}, ${layer.inputSize} by ${layer.units}`} />
            <figcaption>W{subscript(index + 1)} {layer.inputSize}×{layer.units}</figcaption>
          </figure>
        ))}
      </div>
      <p className="collapse-formula">
        C = W{subscript(1)}⋯W{subscript(weights.length)} = [{formatNumber(c1)}, {formatNumber(c2)}]ᵀ, c = {formatNumber(c0)}
      </p>
      <p className="widget-note">
        {linear
          ? <>The network computes exactly x·C + c: one line, {formatNumber(c1)}·x₁ + {formatNumber(c2)}·x₂ + {formatNumber(c0)} = 0, is its whole boundary. Largest gap between its output and x·C + c over the 400 points: <strong>{formatNumber(check.maxError, 4)}</strong> (float32 rounding).</>
          : <>With a nonlinearity between the layers this product is not what the network computes: the largest gap between its output and x·C + c is <strong>{formatNumber(check.maxError, 2)}</strong>.</>}
      </p>
    </div>
  );
}
