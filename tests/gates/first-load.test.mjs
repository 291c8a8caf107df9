import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { loadedScriptSources } from './scriptSources.mjs';

// The gate: the JavaScript a page loads before any demo is scrolled near (the <script src> tags of
// its prerendered HTML), gzipped, at most 180 KB. Demos, tfjs and workers load later, on demand.
const LIMIT_BYTES = 180 * 1024;
const pagesDir = '.next/server/app';

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(path) : entry.name.endsWith('.html') ? [path] : [];
  });
}

const gzipped = new Map();
function gzipSize(src) {
  if (!gzipped.has(src)) gzipped.set(src, gzipSync(readFileSync(join('.next', src.replace(/^\/_next\//, '').split('?')[0]))).length);
  return gzipped.get(src);
}

describe('first-load JavaScript', () => {
  it('every page loads at most 180 KB of gzipped JavaScript before its demos', () => {
    const report = [];
    const over = [];
    for (const file of htmlFiles(pagesDir)) {
      const page = `/${relative(pagesDir, file).replace(/\.html$/, '').replace(/^index$/, '')}`;
      const sources = loadedScriptSources(readFileSync(file, 'utf8'));
      assert.ok(sources.length > 0 && sources.every((src) => src.startsWith('/_next/static/')), `${page}: ${sources}`);
      const bytes = sources.reduce((sum, src) => sum + gzipSize(src), 0);
      report.push(`${page} ${(bytes / 1024).toFixed(1)} KB`);
      if (bytes > LIMIT_BYTES) over.push(`${page}: ${(bytes / 1024).toFixed(1)} KB gzipped`);
    }
    console.log(`# first-load JS (gzipped): ${report.join(', ')}`);
    assert.ok(statSync(pagesDir).isDirectory());
    assert.deepEqual(over, []);
  });
});
