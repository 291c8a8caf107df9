/**
 * A tiny static server on 127.0.0.1 for the bench page (with application/wasm for the tfjs
 * binaries, served from node_modules as /tfjs/, and the site's public/data as /data/), and
 * the headless Chromium that loads it, launched with STACK.md's flags.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot } from './build.mjs';

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm', '.map': 'application/json',
  '.bin': 'application/octet-stream', '.ico': 'image/x-icon',
};

/** The file for a URL path, or null (never outside the mounted folders). */
function resolveFile(pageDir, urlPath) {
  const mounts = [
    ['/tfjs/', join(repoRoot, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist')],
    ['/data/', join(repoRoot, 'public', 'data')],
    ['/', pageDir],
  ];
  const path = decodeURIComponent(urlPath.split('?')[0]);
  for (const [prefix, folder] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(folder, path.slice(prefix.length) || 'index.html'));
    if (!file.startsWith(folder + sep) && file !== folder) return null;
    return existsSync(file) && statSync(file).isFile() ? file : null;
  }
  return null;
}

/** Serves `pageDir`; resolves with `{ url, close() }`. */
export function serve(pageDir) {
  const server = createServer((request, response) => {
    if (request.url === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = resolveFile(pageDir, request.url ?? '/');
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** STACK.md's launch flags for Debian's Chromium: always these. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Launches Chromium, opens `url` and waits for `window.coreBench`. */
export async function openBrowserPage(url) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('response', (response) => { if (response.status() >= 400) consoleErrors.push(`HTTP ${response.status()} ${response.url()}`); });
  await page.goto(url);
  await page.waitForFunction(() => 'coreBench' in globalThis, null, { timeout: 60_000 });
  return { browser, page, consoleErrors, version: browser.version() };
}

/** Another page of the bench in its own context (a JavaScript realm untouched by earlier work). */
export async function openFreshPage(browser, url) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await page.waitForFunction(() => 'coreBench' in globalThis, null, { timeout: 60_000 });
  return page;
}
