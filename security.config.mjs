// The site's security headers in one place, in plain ESM so that next.config.ts, proxy.ts, the
// post-build hashing script and the tests all read the same policy.
//
// Scripts: no 'unsafe-inline' and no 'unsafe-eval'. Every page is prerendered, so its inline
// scripts (the theme script, React's RSC payload) are known after the build: scripts/csp-hashes.mjs
// hashes them per page into .next/csp-hashes.json and proxy.ts sends each page its own hashes.
// 'wasm-unsafe-eval' lets tfjs compile its WebAssembly; nothing else is evaluated.
import { createHash } from 'node:crypto';

/** Where the post-build script writes the per-page hashes (inside the build output). */
export const CSP_HASHES_FILE = '.next/csp-hashes.json';

/** The key of the page served for a path that has no page of its own. */
export const NOT_FOUND_KEY = '/_not-found';

/** Headers for every response: HTML, scripts, wasm, images. */
export const commonSecurityHeaders = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), magnetometer=(), gyroscope=(), accelerometer=(), browsing-topics=()',
  },
];

/**
 * The Content-Security-Policy for a page (or, without hashes, for a script or wasm file, whose
 * policy is what a worker started from it runs under).
 * @param {{ scriptHashes?: readonly string[]; frameable?: boolean }} options
 *   scriptHashes: 'sha256-…' sources of the page's inline scripts;
 *   frameable: whether other sites may embed the page (only /lab/* pages are embeds).
 * @returns {string}
 */
export function contentSecurityPolicy({ scriptHashes = [], frameable = false } = {}) {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${scriptHashes.map((hash) => ` '${hash}'`).join('')}`,
    "worker-src 'self'",
    "connect-src 'self'",
    "style-src 'self'",
    // KaTeX positions glyphs with inline style attributes; no inline <style> elements exist.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameable ? '*' : "'none'"}`,
  ];
  return directives.join('; ');
}

/**
 * Whether a path may be framed by other sites: the lab pages, made for embedding.
 * @param {string} path
 */
export function isFrameable(path) {
  return /^\/lab\/[^/]+\/?$/.test(path);
}

/**
 * The CSP source for each inline <script> (one without src) in an HTML document.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(match[1])) continue;
    hashes.push(`sha256-${createHash('sha256').update(match[2], 'utf8').digest('base64')}`);
  }
  return [...new Set(hashes)];
}

/**
 * The page key of a prerendered HTML file, relative to .next/server/app: index.html is "/",
 * questions/why-layers.html is "/questions/why-layers".
 * @param {string} relativePath
 */
export function pageKey(relativePath) {
  const path = `/${relativePath.replace(/\\/g, '/').replace(/\.html$/, '')}`;
  return path === '/index' ? '/' : path;
}
