import { memo, type ReactNode } from 'react';
import { DecisionField, type FieldPoint } from '@/components/charts/DecisionField';
import type { Project } from '@/components/charts/fieldGeometry';
import type { AddedPoint } from '@/lib/data/addedPoints';
import { fieldBox } from './config';

export interface FitFieldProps {
  /** The class-1 probability on the grid, or null before training. */
  grid: { resolution: number; values: ArrayLike<number> } | null;
  /** Training points, drawn filled by the field itself. */
  points: readonly FieldPoint[];
  /** Validation points, drawn hollow: a ring of the class's colour. */
  validation: readonly FieldPoint[];
  added: readonly AddedPoint[];
  width: number;
  label: string;
}

/**
 * Validation points as hollow rings (filled marks are training points), memoised on the
 * plot's corners since they stay put while the field under them changes every frame.
 */
const HollowPoints = memo(function HollowPoints({ points, left, top, right, bottom }: { points: readonly FieldPoint[]; left: number; top: number; right: number; bottom: number }) {
  const sx = (x: number) => left + ((x - fieldBox.xMin) / (fieldBox.xMax - fieldBox.xMin)) * (right - left);
  const sy = (y: number) => bottom + ((y - fieldBox.yMin) / (fieldBox.yMax - fieldBox.yMin)) * (top - bottom);
  return (
    <g className="fit-validation-points" fill="none" strokeWidth={2}>
      {points.map((point, index) => (
        <circle key={index} cx={sx(point.x)} cy={sy(point.y)} r={3.2} stroke={point.label === 1 ? 'var(--class-b)' : 'var(--class-a)'} />
      ))}
    </g>
  );
});

/**
 * The lab's decision field as a picture: the field, training points filled, validation points
 * hollow, the reader's points as squares, and any `marks` on top (the cursor and click target
 * of PointField). Hook-free, so it is also the server poster's field.
 */
export function FitField({ grid, points, validation, added, width, label, marks }: FitFieldProps & { marks?: (project: Project) => ReactNode }) {
  const overlay = (project: Project) => {
    const [x0, y0] = project(fieldBox.xMin, fieldBox.yMax);
    const [x1, y1] = project(fieldBox.xMax, fieldBox.yMin);
    return (
      <g>
        <HollowPoints points={validation} left={x0} top={y0} right={x1} bottom={y1} />
        {added.map((point, index) => {
          const [px, py] = project(point.x, point.y);
          return <rect key={index} className="fit-added" x={px - 4.5} y={py - 4.5} width={9} height={9} fill={point.label === 1 ? 'var(--class-b)' : 'var(--class-a)'} stroke="var(--text)" strokeWidth={1.5} />;
        })}
        {marks?.(project)}
      </g>
    );
  };
  return <DecisionField box={fieldBox} grid={grid} points={points} width={width} label={label} overlay={overlay} />;
}
