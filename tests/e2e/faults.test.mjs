import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { controls, nonFinite, openIn, trainingDemos, waitForTraining } from './faultHelpers.mjs';
import { useBrowser, waitForWidget } from './helpers.mjs';

const browser = useBrowser();
const open = (path, init) => openIn(browser, path, init);

describe('faults: divergence, a lost WebGL context, a crashing demo', () => {
  it(`with a forced overflow (learning rate 1e30) every training demo (${trainingDemos.join(', ')}) says it diverged within two updates, shows no NaN, and resets`, async () => {
    assert.ok(trainingDemos.length >= 6, trainingDemos.join());
    for (const id of trainingDemos) {
      const { context, page } = await open(`/lab/${id}`, { script: () => { window.__forceTrainerHyper = { learningRate: 1e30 }; } });
      const root = page.locator(`[data-widget="${id}"]`);
      const buttons = await controls(page, id);
      await buttons.getByRole('button', { name: 'Train', exact: true }).click();
      await page.waitForFunction((id) => document.querySelector(`[data-widget="${id}"]`)?.dataset.status === 'diverged', id, { timeout: 30_000 });
      const message = await root.locator('.train-status-alert').first().textContent();
      const at = Number(message.match(/diverged at step ([\d,]+)/)?.[1].replace(/,/g, ''));
      assert.ok(at >= 1 && at <= 2, `${id}: diverged at step ${at}: ${message}`);
      assert.match(message, /lower the learning rate, then reset/);
      assert.deepEqual(await nonFinite(page, id), [], `${id}: no NaN or Infinity drawn or written`);
      await buttons.getByRole('button', { name: 'Reset' }).click();
      await page.waitForFunction((id) => document.querySelector(`[data-widget="${id}"]`)?.dataset.status === 'idle', id, { timeout: 15_000 });
      assert.deepEqual(page.errors, [], id);
      await context.close();
    }
  });

  it('a WebGL context lost mid-training is noticed, and training goes on on another backend within 3 s', async () => {
    const id = 'collapse';
    const { context, page } = await open(`/lab/${id}?${id}.engine=webgl`);
    const buttons = await controls(page, id);
    await buttons.getByRole('button', { name: 'Train', exact: true }).click();
    await waitForTraining(page, id, 2);
    assert.equal(await page.locator(`[data-widget="${id}"]`).getAttribute('data-backend'), 'webgl');
    const worker = page.workers().find((candidate) => candidate.url().includes('train.worker') || candidate.url().includes('/_next/'));
    assert.ok(worker, `a training worker: ${page.workers().map((candidate) => candidate.url())}`);
    const lostAt = Date.now();
    assert.equal(await worker.evaluate(() => self.__loseWebglContext()), 'context lost');
    await page.waitForFunction((id) => ['wasm', 'cpu'].includes(document.querySelector(`[data-widget="${id}"]`)?.dataset.backend ?? ''), id, { timeout: 3_000 });
    const seconds = (Date.now() - lostAt) / 1000;
    const step = Number(await buttons.getAttribute('data-step'));
    await waitForTraining(page, id, step + 2, 10_000);
    assert.match(await buttons.locator('.train-engine').textContent(), /fell back from webgl/);
    assert.notEqual(await page.locator(`[data-widget="${id}"]`).getAttribute('data-status'), 'error');
    console.log(`# the lost context was replaced in ${seconds.toFixed(2)} s`);
    await context.close();
  });

  it('a demo forced to crash shows its own error and retry while the other demos on the page train', async () => {
    const article = '/questions/why-activation-functions';
    const { context, page } = await open(article, { script: () => { window.__forceWidgetCrash = ['collapse']; } });
    const crashed = page.locator('[data-widget="collapse"]');
    await crashed.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('[data-widget="collapse"]')?.dataset.status === 'error');
    assert.match(await crashed.getByRole('alert').textContent(), /stopped with an error: forced crash for testing\. The rest of the page is unaffected/);
    // The next demo on the page loads and trains as usual.
    const buttons = await controls(page, 'gradients');
    await buttons.getByRole('button', { name: 'Train', exact: true }).click();
    await waitForTraining(page, 'gradients', 2);
    await waitForWidget(page, 'activation-shapes', ['done']);
    await page.evaluate(() => { window.__forceWidgetCrash = []; });
    await crashed.getByRole('button', { name: 'Retry' }).click();
    await waitForWidget(page, 'collapse', ['idle']);
    await context.close();
  });
});
