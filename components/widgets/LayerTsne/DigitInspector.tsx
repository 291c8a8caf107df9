'use client';

import { useEffect, useRef } from 'react';
import { parseRgb } from '@/components/hooks/useThemeColours';
import { drawDigit } from './draw';

interface Props {
  /** The embedded digits (n × side², values in [0, 1]) and their classes, or null before any. */
  inputs: Float32Array | null;
  labels: Int32Array | null;
  side: number;
  selected: number;
  colours: { ink: string; paper: string } | null;
}

/** The selected digit as an image, with its class and index, read out politely as it changes. */
export function DigitInspector({ inputs, labels, side, selected, colours }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const valid = inputs !== null && labels !== null && selected >= 0 && selected < labels.length;
  const digit = valid ? labels[selected] : null;

  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context || !colours) return;
    if (!valid || !inputs) {
      context.clearRect(0, 0, side, side);
      return;
    }
    drawDigit(context, inputs, selected, side, parseRgb(colours.ink), parseRgb(colours.paper));
  }, [inputs, selected, side, colours, valid]);

  return (
    <div className="tsne-inspector">
      <canvas
        ref={canvasRef}
        width={side}
        height={side}
        className="tsne-digit"
        role="img"
        aria-label={digit === null ? 'No digit selected' : `The selected digit: a handwritten ${digit}, ${side} by ${side} pixels`}
      />
      <p aria-live="polite" className="tsne-inspector-text">
        {digit === null
          ? 'Hover over a point, or focus a panel and use the arrow keys, to see its digit.'
          : `Digit ${selected + 1} of ${labels?.length}: a handwritten ${digit}.`}
      </p>
    </div>
  );
}
