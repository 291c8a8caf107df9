// Runs the end-to-end tests against the production build: builds if there is none (or with
// --rebuild), serves it with `next start` on a spare port, runs tests/e2e/*.test.mjs with
// node's test runner, and stops the server. Usage: node tests/e2e/run.mjs [--rebuild] [file …]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chromiumPath } from './browser.mjs';

const args = process.argv.slice(2);
const port = Number(process.env.E2E_PORT ?? 3100);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

if (!existsSync(chromiumPath)) {
  console.error(`Chromium not found at ${chromiumPath}: run 'npm test' (it installs Debian's chromium) or apt-get install -y chromium.`);
  process.exit(1);
}
if (args.includes('--rebuild') || !existsSync('.next/BUILD_ID')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
const baseUrl = `http://127.0.0.1:${port}`;
const stop = () => server.exitCode === null && server.kill('SIGTERM');
process.on('exit', stop);

async function waitForServer() {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const response = await fetch(baseUrl);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server on ${baseUrl} did not answer within 30 s`);
}

await waitForServer();
const files = args.filter((arg) => !arg.startsWith('--'));
// The longest files start first, so that the two parallel slots end close together.
const longest = ['faults-backend-webgl', 'lighthouse', 'leaks', 'pages', 'hostile-urls', 'widget-collapse'];
const weight = (name) => (longest.includes(name.replace('.test.mjs', '')) ? longest.indexOf(name.replace('.test.mjs', '')) : longest.length);
const tests = files.length ? files : readdirSync('tests/e2e').filter((name) => name.endsWith('.test.mjs')).sort((a, b) => weight(a) - weight(b) || a.localeCompare(b)).map((name) => `tests/e2e/${name}`);
const run = spawnSync(process.execPath, ['--test', `--test-concurrency=${process.env.E2E_CONCURRENCY ?? 2}`, ...tests], { stdio: 'inherit', env: { ...env, BASE_URL: baseUrl } });
stop();
process.exit(run.status ?? 1);
