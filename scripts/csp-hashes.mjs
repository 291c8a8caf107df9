#!/usr/bin/env node
/**
 * After `next build`: hashes the inline scripts of every prerendered page into
 * .next/csp-hashes.json ({ "/questions/why-layers": ["sha256-…", …], … }), which proxy.ts reads
 * to send each page a Content-Security-Policy that allows exactly its own inline scripts.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CSP_HASHES_FILE, NOT_FOUND_KEY, inlineScriptHashes, pageKey } from '../security.config.mjs';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const pagesDir = join(root, '.next', 'server', 'app');

/** Every .html file under a directory. */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const hashes = {};
for (const file of htmlFiles(pagesDir)) hashes[pageKey(relative(pagesDir, file))] = inlineScriptHashes(readFileSync(file, 'utf8'));
if (!hashes['/'] || !hashes[NOT_FOUND_KEY]) {
  console.error(`csp-hashes: expected prerendered "/" and "${NOT_FOUND_KEY}" in ${pagesDir}; is the build complete?`);
  process.exit(1);
}
writeFileSync(join(root, CSP_HASHES_FILE), `${JSON.stringify(hashes, null, 1)}\n`);
const counts = Object.values(hashes).map((list) => list.length);
console.log(`csp-hashes: ${Object.keys(hashes).length} pages, ${Math.min(...counts)}–${Math.max(...counts)} inline scripts each → ${CSP_HASHES_FILE}`);
