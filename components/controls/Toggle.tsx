'use client';

import type { BooleanField } from '@/lib/url/schema';

/** A checkbox bound to a boolean field, named by the field's label. */
export function Toggle({ field, value, onChange }: { field: BooleanField; value: boolean; onChange: (value: boolean) => void }) {
  return (
    <label className="control control-toggle">
      <input type="checkbox" checked={value} onChange={(event) => onChange(event.currentTarget.checked)} />
      {field.label}
    </label>
  );
}
