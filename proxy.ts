/**
 * Sends every page its Content-Security-Policy: the shared policy plus the hashes of that
 * page's own inline scripts, computed after the build (scripts/csp-hashes.mjs). Assets get their
 * policy from next.config.ts. In development, where Next evaluates code for hot reloading, no
 * policy is sent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { CSP_HASHES_FILE, NOT_FOUND_KEY, contentSecurityPolicy, isFrameable } from './security.config.mjs';

let hashes: Record<string, string[]> | null = null;

/** The per-page hashes, read once; an empty map (so inline scripts are refused) if missing. */
function pageHashes(): Record<string, string[]> {
  if (hashes) return hashes;
  try {
    hashes = JSON.parse(readFileSync(join(/*turbopackIgnore: true*/ process.cwd(), CSP_HASHES_FILE), 'utf8')) as Record<string, string[]>;
  } catch (error) {
    console.error(`proxy: cannot read ${CSP_HASHES_FILE}; pages will have no inline scripts allowed.`, error);
    hashes = {};
  }
  return hashes;
}

export function proxy(request: NextRequest) {
  const response = NextResponse.next();
  if (process.env.NODE_ENV !== 'production') return response;
  const path = request.nextUrl.pathname.replace(/(.)\/$/, '$1');
  const table = pageHashes();
  const scriptHashes = table[path] ?? table[NOT_FOUND_KEY] ?? [];
  response.headers.set('Content-Security-Policy', contentSecurityPolicy({ scriptHashes, frameable: isFrameable(path) }));
  return response;
}

export const config = {
  // Pages only: static assets (scripts, wasm, fonts, data) carry the asset policy of next.config.ts.
  matcher: ['/((?!_next/|tfjs/|data/|.*\\.[a-z0-9]+$).*)'],
};
