import { NeuronsView } from './NeuronsView';

/** The server's picture of the demo before its code loads (and without JavaScript). */
export function NeuronsPoster() {
  return (
    <div className="neurons">
      <p className="neurons-status">
        The digit network of the demo above learns to read 8 × 8 handwritten digits; then you pick one of its hidden units and see what
        it responds to. The demo trains in your browser once its code has loaded.
      </p>
      <NeuronsView layer={1} unit={1} shown={null} inputs={null} labels={null} weights={null} width={560} placeholder="Not trained yet" />
    </div>
  );
}
