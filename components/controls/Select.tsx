'use client';

import { useId } from 'react';
import type { ChoiceField } from '@/lib/url/schema';

/** A drop-down bound to a choice field; its options and label come from the schema. */
export function Select<Option extends string>({ field, value, onChange }: { field: ChoiceField<Option>; value: Option; onChange: (value: Option) => void }) {
  const id = useId();
  return (
    <div className="control">
      <label htmlFor={id}>{field.label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value as Option)}>
        {field.options.map((option) => (
          <option key={option} value={option}>
            {field.optionLabels?.[option] ?? option}
          </option>
        ))}
      </select>
    </div>
  );
}
