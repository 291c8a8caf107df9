import { describe, expect, it } from 'vitest';
import {
  ADDED_POINTS_STEP, addedPointsPattern, appendAddedPoint, decodeAddedPoints, encodeAddedPoints, MAX_ADDED_POINTS, snapToGrid, withAddedPoints,
} from '@/lib/data/addedPoints';
import { makeCircle } from '@/lib/data/planar';

describe('encodeAddedPoints(points) and decodeAddedPoints(text)', () => {
  it('write three characters a point and read back the same points, snapped to the grid', () => {
    const points = [{ x: 0.5, y: -0.25, label: 1 as const }, { x: -1.6, y: 1.6, label: 0 as const }];
    const text = encodeAddedPoints(points);
    expect(text).toHaveLength(6);
    expect(text).toMatch(addedPointsPattern);
    const back = decodeAddedPoints(text);
    expect(back.map((point) => point.label)).toEqual([1, 0]);
    expect(back[0].x).toBeCloseTo(0.5, 1);
    expect(back[0].y).toBeCloseTo(-0.25, 1);
    expect(back[1]).toEqual({ x: -1.6, y: 1.6, label: 0 });
    expect(encodeAddedPoints(back)).toBe(text);
  });

  it('snaps to a grid of step 3.2/62 that holds the origin, and clamps outside the box', () => {
    expect(Math.abs(snapToGrid(0.123) - 0.123)).toBeLessThanOrEqual(1.6 / 62 + 1e-9);
    expect(snapToGrid(0)).toBe(0);
    expect(snapToGrid(ADDED_POINTS_STEP * 4)).toBeCloseTo(ADDED_POINTS_STEP * 4, 4);
    expect(snapToGrid(5)).toBe(1.6);
    expect(snapToGrid(Number.NaN)).toBe(snapToGrid(0));
  });

  it('drop a malformed triple and everything after it, and never keep more than the cap', () => {
    expect(decodeAddedPoints('1zz2ab0AA')).toHaveLength(1);
    expect(decodeAddedPoints('junk!')).toEqual([]);
    expect(decodeAddedPoints('1A_')).toEqual([]);
    const many = '1AA'.repeat(MAX_ADDED_POINTS + 5);
    expect(decodeAddedPoints(many)).toHaveLength(MAX_ADDED_POINTS);
    expect(addedPointsPattern.test(many)).toBe(false);
    expect(addedPointsPattern.test('1AA'.repeat(MAX_ADDED_POINTS))).toBe(true);
  });
});

describe('appendAddedPoint(text, point)', () => {
  it('adds a point until the cap, then leaves the string as it is', () => {
    let text = '';
    for (let count = 0; count < MAX_ADDED_POINTS + 3; count++) text = appendAddedPoint(text, { x: 0, y: 0, label: 1 });
    expect(decodeAddedPoints(text)).toHaveLength(MAX_ADDED_POINTS);
  });
});

describe('withAddedPoints(dataset, points)', () => {
  it('appends the points and their labels after the dataset’s own samples', () => {
    const data = makeCircle({ count: 10, noise: 0, seed: 1 });
    const more = withAddedPoints(data, [{ x: 0.25, y: -0.5, label: 1 }]);
    expect(more.count).toBe(11);
    expect(Array.from(more.inputs.slice(0, 20))).toEqual(Array.from(data.inputs));
    expect(Array.from(more.inputs.slice(20))).toEqual([0.25, -0.5]);
    expect(more.labels[10]).toBe(1);
    expect(withAddedPoints(data, [])).toBe(data);
  });
});
