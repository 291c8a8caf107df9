import { DigitCanvas } from '@/components/charts/DigitCanvas';

interface Props {
  /** The embedded digits (n × side², values in [0, 1]) and their classes, or null before any. */
  inputs: Float32Array | null;
  labels: Int32Array | null;
  side: number;
  selected: number;
  colours: { ink: string; paper: string } | null;
}

/**
 * The selected digit as an image, with its class and index, read out politely as it changes.
 * Hook-free: DigitCanvas paints, once a digit is selected.
 */
export function DigitInspector({ inputs, labels, side, selected, colours }: Props) {
  const valid = inputs !== null && labels !== null && selected >= 0 && selected < labels.length;
  const digit = valid ? labels[selected] : null;

  return (
    <div className="tsne-inspector">
      {valid && inputs ? (
        <DigitCanvas inputs={inputs} index={selected} side={side} colours={colours} className="tsne-digit" label={`The selected digit: a handwritten ${digit}, ${side} by ${side} pixels`} />
      ) : (
        <canvas width={side} height={side} className="tsne-digit" role="img" aria-label="No digit selected" />
      )}
      <p aria-live="polite" className="tsne-inspector-text">
        {digit === null
          ? 'Hover over a point, or focus a panel and use the arrow keys, to see its digit.'
          : `Digit ${selected + 1} of ${labels?.length}: a handwritten ${digit}.`}
      </p>
    </div>
  );
}
