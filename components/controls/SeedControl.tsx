'use client';

import type { NumberField } from '@/lib/url/schema';

/** The seed after `seed` within the field's bounds: a deterministic "new seed" for the button. */
export function nextSeed(seed: number, field: NumberField): number {
  return seed >= field.max ? field.min : seed + 1;
}

/**
 * The seed of a demo's data and initial weights, shown as a number, with a button for a new
 * one. The seed is in the URL, so a shared link reproduces the same run.
 */
export function SeedControl({ field, value, onChange }: { field: NumberField; value: number; onChange: (value: number) => void }) {
  return (
    <div className="control control-seed">
      <span>
        {field.label}: <output>{value}</output>
      </span>
      <button type="button" onClick={() => onChange(nextSeed(value, field))} aria-label={`New seed (now ${value})`}>
        New seed
      </button>
    </div>
  );
}
