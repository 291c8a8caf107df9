import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { controls, openIn, trainingDemos, waitForTraining } from './faultHelpers.mjs';
import { useBrowser } from './helpers.mjs';

const browser = useBrowser();
// Three cycles in the test command, catching any worker or tensor left behind; `npm run test:soak`
// runs the twenty the issue asks for, with the heap limit over all of them.
const CYCLES = Number(process.env.LEAK_CYCLES ?? 3);

/** The JS heap in use after a forced garbage collection (CDP). */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Live tfjs tensors in each training worker of the page. */
async function workerTensors(page) {
  const counts = [];
  for (const worker of page.workers()) {
    const count = await worker.evaluate(() => (typeof self.__tfjsTensors === 'function' ? self.__tfjsTensors() : null)).catch(() => null);
    if (count !== null) counts.push(count);
  }
  return counts;
}

/** One cycle: mount (fresh), train on tfjs, reset; returns the worker tensors once idle again. */
async function cycle(page, id) {
  await page.evaluate((id) => window.dispatchEvent(new CustomEvent('demo-remount', { detail: id })), id);
  const buttons = await controls(page, id);
  await buttons.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForTraining(page, id, 2);
  await buttons.getByRole('button', { name: 'Reset' }).click();
  await page.waitForFunction((id) => document.querySelector(`[data-widget="${id}"]`)?.dataset.status === 'idle', id);
  return workerTensors(page);
}

describe(`leaks: ${CYCLES} cycles of mount, train, reset and unmount per training demo`, () => {
  for (const id of trainingDemos) {
    it(`${id}: workers, tfjs tensors and the JS heap come back`, async () => {
      const { context, page } = await openIn(browser, `/lab/${id}?${id}.engine=wasm`);
      const cdp = await context.newCDPSession(page);
      const firstTensors = await cycle(page, id);
      const workers = page.workers().length;
      const heap = await heapAfterGc(cdp);
      let tensors = firstTensors;
      for (let index = 1; index < CYCLES; index++) tensors = await cycle(page, id);
      const grown = (await heapAfterGc(cdp)) - heap;
      assert.ok(firstTensors.length > 0, `${id}: a tfjs worker answered`);
      assert.equal(page.workers().length, workers, `${id}: workers after ${CYCLES} cycles`);
      assert.deepEqual(tensors, firstTensors, `${id}: tfjs tensors after reset`);
      assert.ok(grown < 5 * 1024 * 1024, `${id}: heap grew ${(grown / 1024 / 1024).toFixed(2)} MB over ${CYCLES - 1} cycles`);
      console.log(`# ${id}: ${workers} workers, tensors ${JSON.stringify(tensors)}, heap ${(heap / 1024 / 1024).toFixed(1)} MB, growth ${(grown / 1024 / 1024).toFixed(2)} MB`);
      assert.deepEqual(page.errors, [], id);
      await context.close();
    });
  }
});
