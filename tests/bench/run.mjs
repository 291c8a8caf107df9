// `npm run bench`: the site's figures (first-load JS, Lighthouse) and the training core's
// (engines side by side), and the demos' seconds to their expected outcomes, measured in one
// run and printed with their targets. Benchmarks report; they do not fail on a missed target.
// `npm run bench -- site|widgets|core` runs one part; `npm run bench -- soak` runs the slow checks
// kept out of the test command (not part of the full run): the leak test at 20 cycles per
// training demo, which fails the bench if anything leaks, then the 10-minute soak.
import { spawnSync } from 'node:child_process';
import { startServer } from './server.mjs';
import { runSiteBench } from './site.mjs';
import { runWidgetBench } from './widgets.mjs';

const only = process.argv[2];
const server = await startServer();
try {
  if (!only || only === 'site') await runSiteBench(server.url);
  if (!only || only === 'widgets') await runWidgetBench(server.url);
  if (only === 'soak') {
    console.log('\nLeaks: 20 cycles of mount, train, reset and unmount per training demo (tests/e2e/leaks.test.mjs)');
    const leaks = spawnSync(process.execPath, ['--test', 'tests/e2e/leaks.test.mjs'], { stdio: 'inherit', env: { ...process.env, BASE_URL: server.url, LEAK_CYCLES: '20' } });
    if (leaks.status !== 0) process.exitCode = 1;
    await (await import('./soak.mjs')).runSoak(server.url);
  }
} finally {
  server.stop();
}
if (!only || only === 'core') {
  const { runCoreBench } = await import('./core.mjs');
  await runCoreBench();
}
