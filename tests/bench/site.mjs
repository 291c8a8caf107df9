// The site benchmark: per page, first-load JavaScript (KB gzipped: the scripts the HTML loads
// plus its inline scripts) and Lighthouse 12 scores on the mobile preset in Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromiumPath } from '../e2e/browser.mjs';
import { loadedScriptSources } from '../gates/scriptSources.mjs';

// Every prerendered page (the articles, the home page, every /lab page), as the post-build
// hashing found them.
export const sitePages = Object.keys(JSON.parse(readFileSync('.next/csp-hashes.json', 'utf8'))).filter((path) => !path.startsWith('/_'));

const chromeFlags = '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

/**
 * JavaScript a page loads before it is interactive, gzipped: the script files its HTML names
 * (what Next used to print as First Load JS; noModule polyfills aside, as the gate counts) and,
 * apart, its inline scripts (mostly the serialised React tree that hydration reads).
 */
export async function firstLoadJs(baseUrl, path) {
  const html = await (await fetch(baseUrl + path)).text();
  const sources = loadedScriptSources(html);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('\n');
  let gzipped = 0;
  for (const source of sources) {
    const code = Buffer.from(await (await fetch(new URL(source, baseUrl))).arrayBuffer());
    gzipped += gzipSync(code).length;
  }
  return { scripts: sources.length, gzipKb: gzipped / 1024, inlineGzKb: gzipSync(inline).length / 1024 };
}

/** Lighthouse 12 category scores for one URL (mobile preset), or null where it failed. */
export function lighthouseScores(url) {
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/lighthouse/cli/index.js',
      url,
      '--quiet',
      '--output=json',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${chromeFlags}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
  );
  try {
    const report = JSON.parse(result.stdout);
    const score = (name) => report.categories[name]?.score ?? null;
    return { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') };
  } catch {
    return null;
  }
}

/** Runs both measurements on every page and prints a table with the targets beside them. */
export async function runSiteBench(baseUrl, { lighthouse = true } = {}) {
  const rows = [];
  for (const path of sitePages) rows.push({ path, ...(await firstLoadJs(baseUrl, path)) });
  // Lighthouse runs after every fetch: spawnSync blocks this process, and a kept-alive socket
  // left idle that long is closed by the server.
  for (const row of rows) row.scores = lighthouse ? lighthouseScores(baseUrl + row.path) : null;
  const fmt = (value) => (value === null || value === undefined ? '  n/a' : value.toFixed(2).padStart(5));
  console.log('\nSite: first-load JS and Lighthouse 12 (mobile preset)');
  console.log('targets: JS <= 180 KB gz; performance >= 0.98, accessibility 1.00, best practices >= 0.95, SEO 1.00');
  console.log(`${'page'.padEnd(40)} ${'JS KB gz'.padStart(9)} ${'inline'.padStart(7)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'best'.padStart(5)} ${'seo'.padStart(5)}`);
  for (const row of rows) {
    const s = row.scores ?? {};
    console.log(`${row.path.padEnd(40)} ${row.gzipKb.toFixed(1).padStart(9)} ${row.inlineGzKb.toFixed(1).padStart(7)} ${fmt(s.performance)} ${fmt(s.accessibility)} ${fmt(s.bestPractices)} ${fmt(s.seo)}`);
  }
  return rows;
}
