#!/usr/bin/env node
/**
 * The dependency audit of the test command: `npm audit --omit=dev --audit-level=high`. Where the
 * registry's audit endpoint does not answer (this project's build machines reach a registry
 * mirror that refuses it), it checks instead that the packages that serve pages, next and react,
 * are at or above the releases that fixed the 2025–2026 advisories below, and, when the registry
 * answers version queries, the newest patch of their line. It says which check ran.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Fixed-in releases of the advisories that touch a Next 16 / React 19 App Router site. */
export const ADVISORY_FLOORS = {
  next: [
    ['16.0.7', 'CVE-2025-66478 (RSC remote code execution)'],
    ['16.0.10', 'CVE-2025-55184, CVE-2025-55183, CVE-2025-67779 (RSC denial of service, source exposure)'],
    ['16.1.5', 'CVE-2026-23864 and GHSA-5f7q-jpqc-wp7h, GHSA-9g9p-9gw9-jx7f (denial of service)'],
    ['16.2.3', 'CVE-2026-23869 (RSC denial of service)'],
    ['16.2.11', 'the July 2026 security release (proxy bypasses, SSRF, cache poisoning)'],
  ],
  react: [['19.2.4', 'CVE-2026-23864 (RSC denial of service)']],
  'react-dom': [['19.2.4', 'CVE-2026-23864 (RSC denial of service)']],
};

/** -1, 0 or 1 as version a is below, equal to or above b (plain x.y.z). */
export function compareVersions(a, b) {
  const [x, y] = [a, b].map((version) => version.split('-')[0].split('.').map(Number));
  for (let index = 0; index < 3; index++) if (x[index] !== y[index]) return x[index] < y[index] ? -1 : 1;
  return 0;
}

/** The advisories whose fixed release is above the installed version. */
export function missingFixes(installed, floors) {
  return floors.filter(([fixed]) => compareVersions(installed, fixed) < 0).map(([fixed, what]) => `${what}: fixed in ${fixed}`);
}

function installedVersion(name) {
  return JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
}

/** The newest published version on the same major.minor line, or null if the registry does not answer. */
function newestPatch(name, version) {
  try {
    const [major, minor] = version.split('.');
    const listed = JSON.parse(execFileSync('npm', ['view', `${name}@${major}.${minor}.x`, 'version', '--json'], { encoding: 'utf8', timeout: 60_000 }));
    const versions = (Array.isArray(listed) ? listed : [listed]).filter((candidate) => !candidate.includes('-'));
    return versions.sort(compareVersions).at(-1) ?? null;
  } catch {
    return null;
  }
}

function main() {
  const audit = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high'], { encoding: 'utf8', timeout: 120_000 });
  const output = `${audit.stdout}${audit.stderr}`;
  if (!/audit endpoint returned an error|Method Not Allowed|ENOTFOUND|ECONNREFUSED|ETIMEDOUT/.test(output)) {
    process.stdout.write(output);
    console.log(audit.status === 0 ? 'audit: npm audit found no high or critical advisory.' : 'audit: npm audit found high or critical advisories (above).');
    process.exit(audit.status ?? 1);
  }
  console.log('audit: the registry refused `npm audit`; checking next and react against the advisories fixed in 2025–2026 instead.');
  let failed = false;
  for (const [name, floors] of Object.entries(ADVISORY_FLOORS)) {
    const version = installedVersion(name);
    const missing = missingFixes(version, floors);
    const newest = newestPatch(name, version);
    for (const line of missing) console.error(`audit: ${name}@${version} lacks the fix for ${line}`);
    if (newest && compareVersions(version, newest) < 0) console.error(`audit: ${name}@${version} is behind ${newest}, the newest patch of its line`);
    failed ||= missing.length > 0 || (newest !== null && compareVersions(version, newest) < 0);
    console.log(`audit: ${name}@${version}: ${missing.length === 0 ? 'every listed fix included' : 'fixes missing'}; newest patch ${newest ?? 'unknown (registry did not answer)'}`);
  }
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
