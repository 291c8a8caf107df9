import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDigits, digitsHeaderBytes, digitsPath, encodeDigits, readDigitsHeader } from '@/lib/data/digits';
import { countClasses, type Dataset } from '@/lib/data/dataset';
import { makeRandom } from '@/lib/random';

interface BuildScript {
  makeRandom(seed: number): { next(): number };
  buildDigitsBuffer(raw: number[][], options: { side: number; perClass: number; seed: number }): Uint8Array;
  downscale(image: ArrayLike<number>, offset: number, side: number): Float64Array;
}
const scriptPath = join(process.cwd(), 'scripts', 'build-digits.mjs');
const loadScript = () => import(/* @vite-ignore */ scriptPath) as Promise<BuildScript>;

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

const small: Dataset = {
  count: 3,
  inputSize: 4,
  inputs: Float32Array.of(0, 1, 0.5, 0.25, 1, 1, 1, 1, 0, 0, 0, 0.2),
  labels: Int32Array.of(7, 0, 9),
  classes: 10,
};

describe('digits', () => {
  it('decodeDigits(encodeDigits(dataset)) round-trips up to 1/255', () => {
    const decoded = decodeDigits(encodeDigits(small));
    expect(decoded.count).toBe(3);
    expect(decoded.inputSize).toBe(4);
    expect(decoded.classes).toBe(10);
    expect(Array.from(decoded.labels)).toEqual([7, 0, 9]);
    decoded.inputs.forEach((value, index) => expect(Math.abs(value - small.inputs[index])).toBeLessThanOrEqual(0.5 / 255 + 1e-7));
  });

  it('encodeDigits(dataset) writes a 16-byte header, the labels, then the pixels', () => {
    const bytes = new Uint8Array(encodeDigits(small));
    expect(bytes.length).toBe(digitsHeaderBytes + 3 + 12);
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('DGT1');
    expect(readDigitsHeader(bytes.buffer as ArrayBuffer)).toEqual({ side: 2, count: 3, classes: 10 });
    expect(Array.from(bytes.subarray(16, 19))).toEqual([7, 0, 9]);
    expect(Array.from(bytes.subarray(19, 23))).toEqual([0, 255, 128, 64]);
  });

  it('decodeDigits(bad buffer) throws', () => {
    expect(() => decodeDigits(new ArrayBuffer(4))).toThrow(/header/);
    const wrongMagic = new Uint8Array(encodeDigits(small));
    wrongMagic[0] = 0;
    expect(() => decodeDigits(wrongMagic.buffer as ArrayBuffer)).toThrow(/magic/);
    expect(() => decodeDigits(encodeDigits(small).slice(0, 20))).toThrow(/expected/);
  });

  it('digitsPath(side) names the file the build writes', () => {
    expect(digitsPath(14)).toBe('/data/digits-14.bin');
  });

  it('build-digits.mjs draws the same stream as lib/random', async () => {
    const script = await loadScript();
    for (const seed of [0, 1, 20240601]) {
      const ours = makeRandom(seed), theirs = script.makeRandom(seed);
      for (let draw = 0; draw < 5; draw++) expect(theirs.next()).toBe(ours.next());
    }
  });

  it('build-digits.mjs downscales 28 × 28 by block averages and its buffer decodes', async () => {
    const script = await loadScript();
    const image = Array.from({ length: 784 }, (_, index) => (Math.floor(index / 28) < 14 ? 1 : 0));
    const fourteen = script.downscale(image, 0, 14);
    expect(fourteen[0]).toBe(1);
    expect(fourteen[14 * 13]).toBe(0);
    const raw = Array.from({ length: 10 }, (_, label) => Array.from({ length: 784 * 4 }, (_, index) => ((index + label) % 7) / 6));
    const bytes = script.buildDigitsBuffer(raw, { side: 7, perClass: 3, seed: 5 });
    const decoded = decodeDigits(toArrayBuffer(bytes));
    expect(decoded.count).toBe(30);
    expect(decoded.inputSize).toBe(49);
    expect(Array.from(countClasses(decoded))).toEqual(new Array(10).fill(3));
    expect(script.buildDigitsBuffer(raw, { side: 7, perClass: 3, seed: 5 })).toEqual(bytes);
  });

  for (const side of [8, 14]) {
    const path = join(process.cwd(), 'public', 'data', `digits-${side}.bin`);
    it.runIf(existsSync(path))(`decodeDigits(public/data/digits-${side}.bin) gives 500 digits per class`, () => {
      const decoded = decodeDigits(toArrayBuffer(readFileSync(path)));
      expect(decoded.inputSize).toBe(side * side);
      expect(Array.from(countClasses(decoded))).toEqual(new Array(10).fill(500));
      let low = Infinity, high = -Infinity, ink = 0;
      for (const value of decoded.inputs) {
        low = Math.min(low, value);
        high = Math.max(high, value);
        ink += value / decoded.inputs.length;
      }
      expect(low).toBe(0);
      expect(high).toBeLessThanOrEqual(1);
      expect(ink).toBeGreaterThan(0.05);
      expect(ink).toBeLessThan(0.4);
    });
  }
});
