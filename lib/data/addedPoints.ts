/**
 * Points a reader adds to a 2-D training set, kept in the URL as a short string: three
 * characters a point, the class (`0` or `1`) then x and y, each one character of a 63-letter
 * URL-safe alphabet that indexes a 63 × 63 grid over the box [−1.6, 1.6]² (the decision
 * field's; an odd count, so the origin is on it). So 40 points take 120 characters, and a
 * shared link carries them exactly, to the grid's step 3.2/62 ≈ 0.05.
 */
import type { Dataset } from './dataset';

/** A point the reader placed: its coordinates and its class, 0 or 1. */
export interface AddedPoint {
  x: number;
  y: number;
  label: 0 | 1;
}

/** The most points a reader may add: enough to bend a boundary, few enough for a short link. */
export const MAX_ADDED_POINTS = 40;
/** Characters per encoded point. */
export const ADDED_POINT_CHARS = 3;
/** The box the grid covers; a point outside it is moved to its edge. */
export const ADDED_POINTS_LIMIT = 1.6;

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-';
const levels = alphabet.length;

/** The distance between neighbouring grid coordinates, 2L/62. */
export const ADDED_POINTS_STEP = (2 * ADDED_POINTS_LIMIT) / (levels - 1);

/** The whole-string pattern the URL field accepts: up to MAX_ADDED_POINTS triples. */
export const addedPointsPattern = new RegExp(`^(?:[01][0-9A-Za-z-]{2}){0,${MAX_ADDED_POINTS}}$`);

/** The grid index 0 … 62 nearest to a coordinate (clamped to the box). */
function toLevel(value: number): number {
  const clamped = Math.min(ADDED_POINTS_LIMIT, Math.max(-ADDED_POINTS_LIMIT, Number.isFinite(value) ? value : 0));
  return Math.round(((clamped + ADDED_POINTS_LIMIT) / (2 * ADDED_POINTS_LIMIT)) * (levels - 1));
}

/** The coordinate of grid index k: −L + k·2L/62, L = ADDED_POINTS_LIMIT. */
function fromLevel(level: number): number {
  return Number((-ADDED_POINTS_LIMIT + (level * 2 * ADDED_POINTS_LIMIT) / (levels - 1)).toFixed(4));
}

/** A coordinate moved to the grid the URL can hold, so the point drawn is the point shared. */
export function snapToGrid(value: number): number {
  return fromLevel(toLevel(value));
}

/** The URL string of a list of points (at most MAX_ADDED_POINTS are kept, the first ones). */
export function encodeAddedPoints(points: readonly AddedPoint[]): string {
  return points
    .slice(0, MAX_ADDED_POINTS)
    .map((point) => `${point.label === 1 ? 1 : 0}${alphabet[toLevel(point.x)]}${alphabet[toLevel(point.y)]}`)
    .join('');
}

/** The points of a URL string; never throws: a malformed triple and anything after it is dropped. */
export function decodeAddedPoints(text: string): AddedPoint[] {
  const points: AddedPoint[] = [];
  for (let at = 0; at + ADDED_POINT_CHARS <= text.length && points.length < MAX_ADDED_POINTS; at += ADDED_POINT_CHARS) {
    const label = text[at];
    const x = alphabet.indexOf(text[at + 1]);
    const y = alphabet.indexOf(text[at + 2]);
    if ((label !== '0' && label !== '1') || x < 0 || y < 0) break;
    points.push({ x: fromLevel(x), y: fromLevel(y), label: label === '1' ? 1 : 0 });
  }
  return points;
}

/** The string with one more point, or unchanged when MAX_ADDED_POINTS are already there. */
export function appendAddedPoint(text: string, point: AddedPoint): string {
  const points = decodeAddedPoints(text);
  if (points.length >= MAX_ADDED_POINTS) return encodeAddedPoints(points);
  return encodeAddedPoints([...points, point]);
}

/** A 2-D two-class dataset with the added points appended after its own samples. */
export function withAddedPoints(dataset: Dataset, points: readonly AddedPoint[]): Dataset {
  if (points.length === 0) return dataset;
  const inputs = new Float32Array((dataset.count + points.length) * 2);
  const labels = new Int32Array(dataset.count + points.length);
  inputs.set(dataset.inputs);
  labels.set(dataset.labels);
  points.forEach((point, index) => {
    inputs[2 * (dataset.count + index)] = point.x;
    inputs[2 * (dataset.count + index) + 1] = point.y;
    labels[dataset.count + index] = point.label;
  });
  return { ...dataset, count: dataset.count + points.length, inputs, labels };
}
