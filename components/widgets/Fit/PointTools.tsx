'use client';

import { useId } from 'react';
import { MAX_ADDED_POINTS } from '@/lib/data/addedPoints';

interface Props {
  count: number;
  clickClass: 0 | 1;
  onClickClass: (label: 0 | 1) => void;
  onUndo: () => void;
  onClear: () => void;
}

/** Which class a click adds, and undo / clear for the reader's points. */
export function PointTools({ count, clickClass, onClickClass, onUndo, onClear }: Props) {
  const id = useId();
  return (
    <div className="fit-point-tools">
      <div className="fit-click-class" role="radiogroup" aria-labelledby={`${id}-legend`}>
        <span id={`${id}-legend`}>Click adds:</span>
        {([0, 1] as const).map((label) => (
          <label key={label}>
            <input type="radio" name={`${id}-class`} checked={clickClass === label} onChange={() => onClickClass(label)} />
            <span className={label === 0 ? 'swatch swatch-a' : 'swatch swatch-b'} aria-hidden="true" /> class {label === 0 ? 'A' : 'B'}
          </label>
        ))}
      </div>
      <div className="fit-point-buttons">
        <button type="button" onClick={onUndo} disabled={count === 0}>Remove last point</button>
        <button type="button" onClick={onClear} disabled={count === 0}>Clear added points</button>
        <span className="fit-point-count">{count} of {MAX_ADDED_POINTS} added{count === MAX_ADDED_POINTS ? ' (full)' : ''}</span>
      </div>
      <p className="widget-note">Added points join the training set, so adding one starts a new run. Keyboard: focus the field, move the cursor with the arrows, press A or B.</p>
    </div>
  );
}
