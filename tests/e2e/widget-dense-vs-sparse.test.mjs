import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations, openCopiedLink, openPage, useBrowser, waitForWidget, watchLongTasks } from './helpers.mjs';

const browser = useBrowser();
const article = '/questions/why-layers';
const id = 'dense-vs-sparse';
const root = (page) => page.locator(`[data-widget="${id}"]`);
const attribute = (page, name) => root(page).getAttribute(`data-${name}`);

/** Waits until the demo's data-<name> attribute reads `expected`. */
async function waitForAttribute(page, name, expected, timeout = 20_000) {
  await page.waitForFunction(
    ({ name, expected }) => document.querySelector('[data-widget="dense-vs-sparse"]')?.getAttribute(`data-${name}`) === expected,
    { name, expected },
    { timeout },
  );
}

describe('the dense-vs-sparse demo', () => {
  it('loads lazily, times typed-array, tfjs matMul and CSR products in a worker by keyboard, and reports a finite crossover or "none"', async () => {
    const { context, page } = await openPage(browser(), `${article}?${id}.size=64`);
    assert.equal(await attribute(page, 'status'), 'idle', 'not loaded while far from the viewport');
    assert.equal(await root(page).locator('.controls').count(), 0, 'only the poster before scrolling near');
    assert.equal(await root(page).locator('svg.dvs-chart').count(), 1, 'the poster shows the empty axes');
    await waitForWidget(page, id, ['idle']);
    assert.equal(await attribute(page, 'backend'), 'typed');
    assert.equal(await attribute(page, 'size'), '64');
    assert.equal(await attribute(page, 'progress'), '0');
    assert.equal(await attribute(page, 'crossover-sparsity'), null, 'no crossover before measuring');

    const longTasks = await watchLongTasks(page);
    await root(page).getByRole('button', { name: 'Measure', exact: true }).focus();
    await page.keyboard.press('Enter');
    await waitForAttribute(page, 'status', 'done');
    const tasks = await longTasks();
    assert.equal(await attribute(page, 'progress'), '1');
    assert.equal(await attribute(page, 'levels'), '5');
    const crossover = await attribute(page, 'crossover-sparsity');
    assert.ok(crossover === 'none' || (Number.isFinite(Number(crossover)) && Number(crossover) >= 0 && Number(crossover) <= 0.999), `crossover ${crossover}`);
    assert.equal(await root(page).locator('.dvs-table tbody tr').count(), 5);
    // 'auto' never picks WebGL for one matrix–vector product (the GPU cannot pay for the read-back).
    assert.equal(await attribute(page, 'backend'), 'wasm', 'tfjs matMul ran on wasm, and the frame says so');
    assert.equal(await root(page).locator('svg.dvs-chart circle').count(), 15, 'five points for each of the three methods');
    assert.equal(await root(page).locator('svg.dvs-chart path').count(), 3);
    const library = await attribute(page, 'crossover-library');
    assert.ok(library === 'none' || Number.isFinite(Number(library)), `tfjs crossover ${library}`);
    const tfjs = await root(page).locator('.dvs-table tbody tr td:nth-child(4)').allTextContents();
    assert.ok(tfjs.every((value) => Number(value) > 0), `tfjs ns per useful multiply-add: ${tfjs}`);
    assert.match(await root(page).locator('.dvs-compare').textContent(), /Sparse beats typed arrays (from [\d.]+%|never) zeros, and tfjs matMul on wasm (from [\d.]+%|never)/);
    assert.equal(await root(page).locator('svg.dvs-chart .dvs-crossover').count(), crossover === 'none' ? 0 : 1);
    const text = await root(page).textContent();
    assert.doesNotMatch(text, /NaN|Infinity/);
    assert.match(text, /Measured on this device just now, in a Web Worker: JavaScript typed arrays \(Float32Array\), CSR, and tfjs matMul on wasm/);
    const verdict = crossover === 'none' ? /never won/ : crossover === '0' ? /won at every level/ : /starts to win from about \d/;
    assert.match(await root(page).locator('.dvs-verdict').textContent(), verdict);
    const label = await root(page).locator('svg.dvs-chart').getAttribute('aria-label');
    assert.match(label, /at 99\.9% zeros typed dense [\d.]+ ns, tfjs [\d.]+ ns, sparse [\d.]+ ns/);
    // Dense does the same work whatever the zeros, so its time per useful multiply-add grows with them.
    const dense = await root(page).locator('.dvs-table tbody tr td:nth-child(3)').allTextContents();
    assert.ok(Number(dense[4]) > 10 * Number(dense[0]), `dense per useful multiply-add at 99.9% (${dense[4]}) ≫ at 0% (${dense[0]})`);

    assert.equal(await root(page).getByRole('button', { name: 'Measure again' }).count(), 1);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    assert.deepEqual(tasks.busy, [], 'no main-thread task does over 50 ms of work while measuring');
    await context.close();
  });

  it('writes its state to the URL, forgets old results on a change, and the copied link reproduces it', async () => {
    const { context, page } = await openPage(browser(), `${article}?${id}.size=64`, { permissions: ['clipboard-read', 'clipboard-write'] });
    await waitForWidget(page, id, ['idle']);
    await root(page).getByRole('button', { name: 'Measure', exact: true }).click();
    await waitForAttribute(page, 'status', 'training');
    await root(page).getByRole('button', { name: 'Stop' }).click();
    await waitForAttribute(page, 'status', 'idle');
    assert.equal(await attribute(page, 'progress'), '0');
    await page.getByLabel('Layer size').selectOption('128');
    await page.getByLabel('Dense by a library').selectOption('off');
    await root(page).getByRole('button', { name: /New seed/ }).click();
    await waitForAttribute(page, 'seed', '2');
    assert.equal(await attribute(page, 'size'), '128');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get(`${id}.size`), '128');
    assert.equal(url.searchParams.get(`${id}.seed`), '2');
    const { copied, shared } = await openCopiedLink(browser(), page, id);
    assert.equal(copied, `${url.origin}${article}?${id}.size=128&${id}.library=off&${id}.seed=2#${id}`);
    await waitForWidget(shared.page, id, ['idle']);
    assert.equal(await shared.page.getByLabel('Layer size').inputValue(), '128');
    assert.equal(await shared.page.getByLabel('Dense by a library').inputValue(), 'off');
    // With the library off, only typed arrays and CSR are timed, and the frame's backend says typed.
    await root(shared.page).getByRole('button', { name: 'Measure', exact: true }).click();
    await waitForAttribute(shared.page, 'status', 'done');
    assert.equal(await attribute(shared.page, 'backend'), 'typed');
    assert.equal(await root(shared.page).locator('svg.dvs-chart path').count(), 2);
    assert.equal(await attribute(shared.page, 'crossover-library'), null);
    assert.equal(await attribute(shared.page, 'seed'), '2');
    assert.deepEqual(shared.page.errors, []);
    assert.deepEqual(page.errors, []);
    await shared.context.close();
    await context.close();
  });

  it('falls back to defaults on junk in the URL and clamps out-of-range numbers', async () => {
    const { context, page } = await openPage(browser(), `${article}?${id}.size=77&${id}.seed=99999&${id}.library=gpu`);
    await waitForWidget(page, id, ['idle']);
    assert.equal(await attribute(page, 'size'), '512');
    assert.equal(await attribute(page, 'seed'), '9999');
    assert.equal(await page.getByLabel('Dense by a library').inputValue(), 'auto');
    await context.close();
    const junk = await openPage(browser(), `${article}?${id}.size=%3Cscript%3E&${id}.seed=abc`);
    await waitForWidget(junk.page, id, ['idle']);
    assert.equal(await attribute(junk.page, 'size'), '512');
    assert.equal(await attribute(junk.page, 'seed'), '1');
    assert.deepEqual(junk.page.errors, []);
    await junk.context.close();
  });
});
