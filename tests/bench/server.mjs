// Serves the production build for a benchmark: builds if there is none, starts `next start`
// on a spare port, and returns its URL and a stop function.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export async function startServer(port = Number(process.env.BENCH_PORT ?? 3200)) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  if (!existsSync('.next/BUILD_ID')) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
    if (build.status !== 0) throw new Error('the build failed');
  }
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], { env, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => server.kill('SIGTERM') };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill('SIGTERM');
  throw new Error(`the server on ${url} did not answer`);
}
