'use client';

import { useId } from 'react';
import type { NumberField } from '@/lib/url/schema';

interface SliderProps {
  field: NumberField;
  value: number;
  onChange: (value: number) => void;
  /** How the value reads beside the label; the number itself by default. */
  format?: (value: number) => string;
}

/** A range input bound to a number field; log-scale fields move along log10 of the value. */
export function Slider({ field, value, onChange, format = String }: SliderProps) {
  const id = useId();
  const log = field.scale === 'log';
  const toPosition = (v: number) => (log ? Math.log10(v) : v);
  const fromPosition = (p: number) => (log ? Math.pow(10, p) : p);
  return (
    <div className="control">
      <label htmlFor={id}>
        {field.label}: <output htmlFor={id}>{format(value)}</output>
      </label>
      <input
        id={id}
        type="range"
        min={toPosition(field.min)}
        max={toPosition(field.max)}
        step={log ? 0.01 : field.step}
        value={toPosition(value)}
        aria-valuetext={format(value)}
        onChange={(event) => onChange(fromPosition(Number(event.currentTarget.value)))}
      />
    </div>
  );
}
