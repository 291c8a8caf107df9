'use client';

import { useEffect, useRef } from 'react';
import { parseRgb } from '@/components/hooks/useThemeColours';
import { formatNumber } from '../format';
import { drawDigit } from '../LayerTsne/draw';
import { side } from './config';

export interface DigitColours {
  ink: string;
  paper: string;
}

interface Props {
  title: string;
  /** Sample indices, in the order shown. */
  indices: number[];
  inputs: Float32Array | null;
  labels: Int32Array | null;
  /** Each sample's activation of the chosen unit. */
  values: number[];
  colours: DigitColours | null;
  placeholder: string;
}

/** One 8 × 8 digit on its own canvas, drawn ink on paper. */
function Digit({ inputs, index, colours, label }: { inputs: Float32Array; index: number; colours: DigitColours | null; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (context && colours) drawDigit(context, inputs, index, side, parseRgb(colours.ink), parseRgb(colours.paper));
  }, [inputs, index, colours]);
  return <canvas ref={ref} width={side} height={side} className="neurons-digit" role="img" aria-label={label} />;
}

/** A row of digits with their class and the unit's activation under each. */
export function DigitStrip({ title, indices, inputs, labels, values, colours, placeholder }: Props) {
  const ready = inputs !== null && labels !== null && indices.length > 0;
  return (
    <figure className="neurons-strip">
      <figcaption>{title}</figcaption>
      {ready ? (
        <ol>
          {indices.map((sample, rank) => (
            <li key={rank}>
              <Digit inputs={inputs} index={sample} colours={colours} label={`A handwritten ${labels[sample]}, activation ${formatNumber(values[rank], 2)}`} />
              <span className="neurons-digit-class">{labels[sample]}</span>
              <span className="neurons-digit-value">{formatNumber(values[rank], 2)}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="neurons-empty">{placeholder}</p>
      )}
    </figure>
  );
}
