// Shared pieces of the fault tests (faults*.test.mjs): the training demos, and waits on their
// train controls' data-step and data-train-loss.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { baseUrl, waitForWidget } from './helpers.mjs';


/** The training demos: those whose schema has the "Compute with" (engine) field. */
export const trainingDemos = readdirSync('components/widgets', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .filter((entry) => {
    try {
      return /^ {2}engine:/m.test(readFileSync(`components/widgets/${entry.name}/state.ts`, 'utf8'));
    } catch {
      return false;
    }
  })
  .map((entry) => entry.name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase());

/** A page in a fresh context, with `init` run before any script of the page, recording errors. */
export async function openIn(browser, path, init) {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  if (init) await context.addInitScript(init.script, init.arg);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && page.errors.push(message.text()));
  await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
  return { context, page };
}

/** The demo's first training controls, once its code has loaded. */
export async function controls(page, id) {
  await waitForWidget(page, id, ['idle', 'done', 'paused']);
  const first = page.locator(`[data-widget="${id}"] .train-controls`).first();
  await first.waitFor();
  return first;
}

/** Waits until the demo's controls have trained at least `steps` updates with a finite loss. */
export async function waitForTraining(page, id, steps = 1, timeout = 45_000) {
  await page.waitForFunction(
    ({ id, steps }) => {
      const node = document.querySelector(`[data-widget="${id}"] .train-controls`);
      return node && Number(node.dataset.step) >= steps && Number.isFinite(Number(node.dataset.trainLoss));
    },
    { id, steps },
    { timeout },
  );
}

/** Every text and attribute of the demo that reads NaN or Infinity. */
export async function nonFinite(page, id) {
  return page.evaluate((id) => {
    const root = document.querySelector(`[data-widget="${id}"]`);
    const found = [];
    for (const node of [root, ...root.querySelectorAll('*')]) {
      for (const attribute of node.attributes) if (/NaN|Infinity/.test(attribute.value)) found.push(`${node.tagName}[${attribute.name}="${attribute.value.slice(0, 60)}"]`);
    }
    if (/NaN|Infinity/.test(root.textContent)) found.push(`text: ${root.textContent.match(/.{0,40}(NaN|Infinity).{0,20}/)?.[0]}`);
    return found;
  }, id);
}

/**
 * The suite for one forced tfjs backend: every training demo trains to a finite loss on it and
 * names it. One backend per test file, so that the three spread over the runner's parallel slots.
 */
export function describeForcedBackend(browser, backend) {
  const open = (path, init) => openIn(browser, path, init);
  describe(`faults: tfjs on ${backend} forced`, () => {
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
  });
}
