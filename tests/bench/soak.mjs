// The soak: the busiest demo (random-labels: three networks in three workers) trains without a
// break for SOAK_MINUTES (10 by default); whenever its runs finish it is reset and trained again.
// Every 30 s it records the JS heap after a forced GC (CDP), the page's workers and the frame
// rate over the last second, then prints them with the heap's drift and the frame rate's spread.
// `npm run bench -- soak`. A report, not a gate: the figures go in the README.
import { launchBrowser } from '../e2e/browser.mjs';

const id = 'random-labels';

/** Frames the page painted during one second (requestAnimationFrame count). */
function framesPerSecond(page) {
  return page.evaluate(() => new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    const count = () => (performance.now() - start < 1000 ? (frames++, requestAnimationFrame(count)) : resolve(frames));
    requestAnimationFrame(count);
  }));
}

async function heapMb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
}

/** Trains the demo, and trains it again whenever it is done, until `until` (ms since epoch). */
async function keepTraining(page, until) {
  const root = page.locator(`[data-widget="${id}"]`);
  while (Date.now() < until) {
    const status = await root.getAttribute('data-status');
    if (status === 'done' || status === 'diverged') await root.getByRole('button', { name: 'Reset' }).first().click();
    else if (status === 'idle' || status === 'paused') await root.getByRole('button', { name: /^(Train|Resume)$/ }).first().click();
    await page.waitForTimeout(1000);
  }
}

export async function runSoak(baseUrl, minutes = Number(process.env.SOAK_MINUTES ?? 10)) {
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${baseUrl}/lab/${id}`, { waitUntil: 'networkidle' });
  await page.locator(`[data-widget="${id}"] .train-controls`).first().waitFor();
  const end = Date.now() + minutes * 60_000;
  const samples = [];
  const trainer = keepTraining(page, end);
  while (Date.now() < end) {
    samples.push({ minute: (minutes * 60_000 - (end - Date.now())) / 60_000, heap: await heapMb(cdp), workers: page.workers().length, fps: await framesPerSecond(page) });
    await page.waitForTimeout(Math.min(30_000, Math.max(0, end - Date.now())));
  }
  await trainer;
  await browser.close();
  const fps = samples.map((sample) => sample.fps).sort((a, b) => a - b);
  const firstHalf = samples.slice(0, Math.ceil(samples.length / 2));
  const lastHalf = samples.slice(Math.floor(samples.length / 2));
  const mean = (list) => list.reduce((sum, sample) => sum + sample.heap, 0) / list.length;
  console.log(`\nSoak: ${id} training continuously for ${minutes} min (${samples.length} samples)`);
  console.log('minute  heap MB  workers  fps');
  for (const sample of samples) console.log(`${sample.minute.toFixed(1).padStart(6)}  ${sample.heap.toFixed(1).padStart(7)}  ${String(sample.workers).padStart(7)}  ${String(sample.fps).padStart(3)}`);
  console.log(`heap: first half mean ${mean(firstHalf).toFixed(1)} MB, second half ${mean(lastHalf).toFixed(1)} MB (drift ${(mean(lastHalf) - mean(firstHalf)).toFixed(1)} MB); fps min ${fps[0]}, median ${fps[Math.floor(fps.length / 2)]}, max ${fps.at(-1)}`);
}
