import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { controls, open as openIn, trainingDemos, waitForTraining } from './faultHelpers.mjs';
import { useBrowser } from './helpers.mjs';

const browser = useBrowser();
const open = (path, init) => openIn(browser, path, init);

describe('faults: each tfjs backend forced in turn', () => {
  for (const backend of ['wasm', 'cpu', 'webgl']) {
    it(`with tfjs on ${backend} forced, every training demo trains to a finite loss and says so`, async () => {
      for (const id of trainingDemos) {
        const { context, page } = await open(`/lab/${id}?${id}.engine=${backend}`);
        const buttons = await controls(page, id);
        await buttons.getByRole('button', { name: 'Train', exact: true }).click();
        await waitForTraining(page, id, 2);
        assert.equal(await page.locator(`[data-widget="${id}"]`).getAttribute('data-backend'), backend, id);
        assert.match(await buttons.locator('.train-engine').textContent(), new RegExp(`Runs on TensorFlow\\.js \\(${{ wasm: 'WebAssembly', cpu: 'JavaScript CPU', webgl: 'WebGL' }[backend]}\\)`));
        assert.deepEqual(page.errors, [], `${id} on ${backend}`);
        await context.close();
      }
    });
  }

});
