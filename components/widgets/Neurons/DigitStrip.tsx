import { DigitCanvas } from '@/components/charts/DigitCanvas';
import { formatNumber } from '../format';
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

/** A row of digits with their class and the unit's activation under each (hook-free: DigitCanvas paints). */
export function DigitStrip({ title, indices, inputs, labels, values, colours, placeholder }: Props) {
  const ready = inputs !== null && labels !== null && indices.length > 0;
  return (
    <figure className="neurons-strip">
      <figcaption>{title}</figcaption>
      {ready ? (
        <ol>
          {indices.map((sample, rank) => (
            <li key={rank}>
              <DigitCanvas inputs={inputs} index={sample} side={side} colours={colours} className="neurons-digit" label={`A handwritten ${labels[sample]}, activation ${formatNumber(values[rank], 2)}`} />
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
