import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations, openCopiedLink, openPage, trainUntil, useBrowser, waitForWidget, watchLongTasks } from './helpers.mjs';

const browser = useBrowser();
const article = '/questions/why-structure-emerges';
const id = 'layer-tsne';
const selector = `[data-widget="${id}"]`;

/** Waits until the frame's data-embedding says the chosen pictures are drawn. */
async function waitForEmbedding(page, timeout = 90_000) {
  await page.waitForFunction((selector) => document.querySelector(selector)?.getAttribute('data-embedding') === 'done', selector, { timeout });
}

/** Scrolls to the demo and waits until it is ready to train and has reported its state. */
async function waitForDemo(page) {
  await waitForWidget(page, id, ['idle']);
  await page.waitForFunction((selector) => document.querySelector(selector)?.hasAttribute('data-layers') && document.querySelector(selector)?.hasAttribute('data-step'), selector);
}

/** data-<name> as a list of numbers. */
async function numbers(root, name) {
  const value = await root.getAttribute(`data-${name}`);
  assert.ok(value, `data-${name} is set`);
  return value.split(',').map(Number);
}

/** How many pixels of a canvas differ from its first pixel (0 for a blank canvas). */
function inkedPixels(canvas) {
  return canvas.evaluate((node) => {
    const { data } = node.getContext('2d').getImageData(0, 0, node.width, node.height);
    let inked = 0;
    for (let index = 4; index < data.length; index += 4) if (Math.abs(data[index] - data[0]) + Math.abs(data[index + 1] - data[1]) + Math.abs(data[index + 2] - data[2]) > 60) inked++;
    return inked;
  });
}

describe('layer-tsne: digits, every layer in 2-D, linear probes', () => {
  it('loads lazily, trains, embeds in the worker, and the probes rise with depth only when trained', async () => {
    const { context, page } = await openPage(browser(), article);
    const root = page.locator(selector);
    assert.equal(await root.getAttribute('data-status'), 'idle', 'not loaded while far from the viewport');
    assert.equal(await root.locator('.controls').count(), 0, 'the poster is shown, not the demo');
    assert.equal(await root.locator('.tsne-card').count(), 6, 'the poster already shows the five layers and the key');
    await waitForDemo(page);
    const longTasks = await watchLongTasks(page);
    await trainUntil(page, id, ['done'], 60_000);
    assert.equal(await root.getAttribute('data-backend'), 'typed');
    await waitForEmbedding(page);
    assert.equal(await root.getAttribute('data-layers'), 'input,hidden1,hidden2,hidden3,output');
    assert.equal(await root.getAttribute('data-checkpoint'), '10');
    assert.equal(await root.getAttribute('data-method'), 'tsne');
    assert.ok(Number(await root.getAttribute('data-validation-accuracy')) > 0.8);
    const trained = await numbers(root, 'probe-accuracy');
    assert.equal(trained.length, 5);
    assert.ok(trained.every((value) => value >= 0 && value <= 1), String(trained));
    assert.ok(trained[3] > trained[0] + 0.05, `last hidden ${trained[3]} vs input ${trained[0]}`);
    assert.ok((await inkedPixels(root.locator('.tsne-stage canvas').nth(3))) > 200, 'the hidden-3 panel is drawn');

    await root.getByLabel('Compare with the untrained network').check();
    await waitForEmbedding(page);
    const untrained = await numbers(root, 'untrained-probe-accuracy');
    assert.equal(untrained[0], trained[0], 'the input layer is the same for both networks');
    assert.ok(untrained[3] < trained[3] - 0.05, `untrained last hidden ${untrained[3]} vs trained ${trained[3]}`);
    assert.equal(await root.locator('.tsne-stage').count(), 10, 'an untrained panel under every layer');

    await root.getByLabel('PCA instead of t-SNE').check();
    assert.equal(await root.getAttribute('data-method'), 'pca');
    await waitForEmbedding(page);
    assert.deepEqual(await numbers(root, 'probe-accuracy'), trained, 'the probes do not depend on the picture');
    assert.match(await root.locator('.tsne-axes').first().textContent(), /PC 1 and 2 hold \d+\.\d %/);
    // Training, every embedding and both toggles are done: nothing so far may have held the main thread.
    assert.deepEqual((await longTasks()).busy, [], 'no main-thread task does over 50 ms of work while training and embedding');

    const stage = root.locator('.tsne-stage').nth(2);
    await stage.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const digit = await root.getAttribute('data-selected-digit');
    assert.match(digit ?? '', /^\d$/);
    assert.equal(await root.getByRole('img', { name: `The selected digit: a handwritten ${digit}, 8 by 8 pixels` }).count(), 1);
    assert.match(await root.locator('.tsne-inspector-text').textContent(), new RegExp(`Digit 3 of 400: a handwritten ${digit}\\.`));
    assert.ok((await inkedPixels(root.locator('canvas.tsne-digit'))) > 4, 'the digit is drawn');
    const readout = await root.locator('.tsne-inspector-text').textContent();
    const box = await root.locator('.tsne-stage canvas').first().boundingBox();
    for (let move = 1; move < 40 && (await root.locator('.tsne-inspector-text').textContent()) === readout; move++) {
      await page.mouse.move(box.x + (box.width * move) / 40, box.y + box.height * (0.3 + (0.4 * (move % 5)) / 5));
    }
    assert.notEqual(await root.locator('.tsne-inspector-text').textContent(), readout, 'hovering a point shows its digit');

    const slider = root.getByRole('slider', { name: /Training checkpoint/ });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    assert.equal(await root.getAttribute('data-checkpoint'), '3');
    await waitForEmbedding(page);
    assert.equal(new URL(page.url()).searchParams.get(`${id}.epoch`), '3');

    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  it('writes its state to the URL, and the copied link reopens it', async () => {
    const { context, page } = await openPage(browser(), article, { permissions: ['clipboard-read', 'clipboard-write'] });
    await waitForDemo(page);
    const root = page.locator(selector);
    await root.getByLabel('Compare with the untrained network').check();
    const perplexity = root.getByRole('slider', { name: /Perplexity/ });
    await perplexity.focus();
    for (let press = 0; press < 5; press++) await page.keyboard.press('ArrowLeft');
    await root.getByRole('slider', { name: /Training checkpoint/ }).fill('1');
    await root.getByRole('button', { name: /New weights/ }).click();
    const url = new URL(page.url());
    assert.equal(url.searchParams.get(`${id}.compare`), '1');
    assert.equal(url.searchParams.get(`${id}.perplexity`), '25');
    assert.equal(url.searchParams.get(`${id}.epoch`), '1');
    assert.equal(url.searchParams.get(`${id}.seed`), '2');
    assert.equal(url.searchParams.has(`${id}.pca`), false, 'defaults are left out');
    const { copied, shared } = await openCopiedLink(browser(), page, id);
    assert.ok(copied.endsWith(`#${id}`));

    await waitForDemo(shared.page);
    const again = shared.page.locator(selector);
    assert.equal(await again.getAttribute('data-checkpoint'), '1');
    assert.equal(await again.getAttribute('data-perplexity'), '25');
    assert.equal(await again.getAttribute('data-compare'), 'untrained');
    assert.equal(await again.getByLabel('Compare with the untrained network').isChecked(), true);
    assert.match(await again.getByRole('button', { name: /New weights/ }).textContent(), /seed 2/);
    assert.deepEqual(shared.page.errors, []);
    await shared.context.close();
    await context.close();
  });

  it('falls back to defaults on junk in the URL and clamps out-of-range numbers', async () => {
    const junk = `${article}?${id}.epoch=7&${id}.pca=maybe&${id}.compare=%3Cscript%3E&${id}.perplexity=1e999&${id}.seed=abc&${id}.__proto__=1`;
    const { context, page } = await openPage(browser(), junk);
    await waitForDemo(page);
    const root = page.locator(selector);
    assert.equal(await root.getAttribute('data-checkpoint'), '10');
    assert.equal(await root.getAttribute('data-method'), 'tsne');
    assert.equal(await root.getAttribute('data-compare'), 'off');
    assert.equal(await root.getAttribute('data-perplexity'), '30');
    const clamped = await openPage(browser(), `${article}?${id}.perplexity=500&${id}.seed=-4`);
    await waitForDemo(clamped.page);
    assert.equal(await clamped.page.locator(selector).getAttribute('data-perplexity'), '50');
    assert.match(await clamped.page.locator(selector).getByRole('button', { name: /New weights/ }).textContent(), /seed 1\)/);
    assert.deepEqual(page.errors, []);
    assert.deepEqual(clamped.page.errors, []);
    await clamped.context.close();
    await context.close();
  });
});
