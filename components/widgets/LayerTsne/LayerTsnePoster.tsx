import { LayerTsneView } from './LayerTsneView';

/**
 * The server's picture of the demo before its code loads (and without JavaScript): the layer
 * panels, empty, with what the demo does and the colour key.
 */
export function LayerTsnePoster() {
  return (
    <div className="layer-tsne">
      <p className="tsne-status">
        A network of three hidden layers learns to read 8 × 8 handwritten digits; each layer is then drawn in 2-D with its
        linear-probe accuracy. The demo trains in your browser once its code has loaded.
      </p>
      <LayerTsneView width={640} method="tsne" compare={false} main={null} untrained={null} placeholder="Not trained yet." />
    </div>
  );
}
