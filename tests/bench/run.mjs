// `npm run bench`: the site's figures (first-load JS, Lighthouse) and the training core's
// (engines side by side), and the demos' seconds to their expected outcomes, measured in one
// run and printed with their targets. Benchmarks report; they do not fail on a missed target.
// `npm run bench -- site|widgets|core` runs one part; `npm run bench -- soak` runs the 10-minute
// soak (not part of the full run).
import { startServer } from './server.mjs';
import { runSiteBench } from './site.mjs';
import { runWidgetBench } from './widgets.mjs';

const only = process.argv[2];
const server = await startServer();
try {
  if (!only || only === 'site') await runSiteBench(server.url);
  if (!only || only === 'widgets') await runWidgetBench(server.url);
  if (only === 'soak') await (await import('./soak.mjs')).runSoak(server.url);
} finally {
  server.stop();
}
if (!only || only === 'core') {
  const { runCoreBench } = await import('./core.mjs');
  await runCoreBench();
}
