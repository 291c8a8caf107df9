'use client';

import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Project } from '@/components/charts/fieldGeometry';
import { ADDED_POINTS_STEP, snapToGrid, type AddedPoint } from '@/lib/data/addedPoints';
import { fieldBox } from './config';
import { FitField, type FitFieldProps } from './FitField';

interface Props extends FitFieldProps {
  onAdd: (point: AddedPoint) => void;
  /** The class a click adds. */
  clickClass: 0 | 1;
}

/** One keyboard step of the cursor: four cells of the grid the URL stores points on (Shift: one). */
const CURSOR_STEP = 4 * ADDED_POINTS_STEP;
const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

/** Data coordinates of a click, by inverting the field's projection between two corners. */
function fromScreen(event: MouseEvent<SVGRectElement>, project: Project): [number, number] {
  const svg = event.currentTarget.ownerSVGElement;
  const box = svg?.getBoundingClientRect();
  const view = svg?.viewBox.baseVal;
  if (!box || !view || box.width === 0) return [0, 0];
  const sx = ((event.clientX - box.left) / box.width) * view.width;
  const sy = ((event.clientY - box.top) / box.height) * view.height;
  const [x0, y0] = project(fieldBox.xMin, fieldBox.yMin);
  const [x1, y1] = project(fieldBox.xMax, fieldBox.yMax);
  return [fieldBox.xMin + ((sx - x0) / (x1 - x0)) * (fieldBox.xMax - fieldBox.xMin), fieldBox.yMin + ((sy - y0) / (y1 - y0)) * (fieldBox.yMax - fieldBox.yMin)];
}

/**
 * The decision field, where the reader adds training points: a click adds one of the chosen
 * class; with the keyboard, arrows move a cursor and A or B adds a point of class A or B there.
 */
export function PointField({ onAdd, clickClass, ...field }: Props) {
  const [cursor, setCursor] = useState<[number, number]>([0, 0]);
  const [focused, setFocused] = useState(false);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const step = event.shiftKey ? CURSOR_STEP / 4 : CURSOR_STEP;
      setCursor(([x, y]) => [snapToGrid(x + move[0] * step), snapToGrid(y + move[1] * step)]);
    }
    const key = event.key.toLowerCase();
    if (key === 'a' || key === 'b') {
      event.preventDefault();
      onAdd({ x: cursor[0], y: cursor[1], label: key === 'a' ? 0 : 1 });
    }
  };
  const marks = (project: Project) => {
    const [x0, y0] = project(fieldBox.xMin, fieldBox.yMax);
    const [x1, y1] = project(fieldBox.xMax, fieldBox.yMin);
    const [cx, cy] = project(cursor[0], cursor[1]);
    return (
      <>
        {focused ? (
          <g className="fit-cursor" stroke="var(--text)" strokeWidth={1.5}>
            <circle cx={cx} cy={cy} r={8} fill="none" />
            <line x1={cx - 13} x2={cx - 4} y1={cy} y2={cy} />
            <line x1={cx + 4} x2={cx + 13} y1={cy} y2={cy} />
            <line x1={cx} x2={cx} y1={cy - 13} y2={cy - 4} />
            <line x1={cx} x2={cx} y1={cy + 4} y2={cy + 13} />
          </g>
        ) : null}
        <rect
          className="fit-click-target"
          x={x0} y={y0} width={x1 - x0} height={y1 - y0} fill="transparent"
          onClick={(event) => {
            const [x, y] = fromScreen(event, project);
            onAdd({ x: snapToGrid(x), y: snapToGrid(y), label: clickClass });
          }}
        />
      </>
    );
  };
  return (
    <div
      className="fit-field"
      tabIndex={0}
      role="application"
      aria-label="Decision field. Arrow keys move the cursor (Shift for small steps); A adds a class A point there, B a class B point."
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      <FitField {...field} marks={marks} />
      <p className="fit-cursor-readout" aria-live="polite">
        Cursor at ({cursor[0].toFixed(2)}, {cursor[1].toFixed(2)}){focused ? ': press A or B to add a point here.' : '.'}
      </p>
    </div>
  );
}
