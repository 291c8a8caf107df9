import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations, openCopiedLink, openPage, readNumbers, trainUntil, useBrowser, waitForNumber, waitForWidget, watchLongTasks } from './helpers.mjs';

const browser = useBrowser();
const article = '/questions/choosing-an-architecture';
const id = 'universal';
const attribute = (page, name) => page.locator(`[data-widget="${id}"]`).getAttribute(`data-${name}`);

/** Waits until the demo is live and its trainer ready (status idle, a constructed fit shown). */
async function waitForDemo(page) {
  await waitForWidget(page, id, ['idle']);
  await waitForNumber(page, id, 'method', 'constructed', 20_000);
  await page.waitForFunction((id) => document.querySelector(`[data-widget="${id}"]`)?.hasAttribute('data-backend'), id, { timeout: 20_000 });
}

/** Trains at the current width to the end and returns the trained fit's max error. */
async function trainedMaxError(page, units) {
  await waitForNumber(page, id, 'units', units);
  await waitForNumber(page, id, 'method', 'constructed');
  await trainUntil(page, id, ['done'], 40_000);
  await waitForNumber(page, id, 'step', 4000);
  await waitForNumber(page, id, 'method', 'trained');
  const numbers = await readNumbers(page, id);
  assert.equal(numbers.trainedMaxError, numbers.maxError, 'the trained width is recorded for the chart');
  return Number(numbers.maxError);
}

describe('the universal demo', () => {
  it('loads lazily; the max error after training falls from 1 to 4 to 16 units, without long tasks', async () => {
    const { context, page } = await openPage(browser(), article);
    const root = page.locator(`[data-widget="${id}"]`);
    assert.equal(await root.getAttribute('data-status'), 'idle', 'not loaded while far from the viewport');
    assert.equal(await root.locator('.controls').count(), 0, 'the poster has no controls');
    assert.equal(await root.locator('svg[role="img"]').count(), 2, 'the poster shows the fit and the error chart');
    await waitForDemo(page);
    assert.ok(['typed', 'wasm', 'cpu', 'webgl'].includes(await root.getAttribute('data-backend')));
    let numbers = await readNumbers(page, id);
    assert.equal(numbers.units, '5');
    assert.equal(numbers.target, 'sine');
    const constructedAt5 = Number(numbers.constructedMaxError);
    assert.equal(Number(numbers.maxError), constructedAt5);

    const units = page.getByRole('slider', { name: /Hidden units/ });
    await units.focus();
    await page.keyboard.press('Home');
    const longTasks = await watchLongTasks(page);
    const errors = [await trainedMaxError(page, 1)];
    await units.focus();
    for (let press = 0; press < 3; press++) await page.keyboard.press('ArrowRight');
    errors.push(await trainedMaxError(page, 4));
    await units.focus();
    for (let press = 0; press < 12; press++) await page.keyboard.press('ArrowRight');
    errors.push(await trainedMaxError(page, 16));
    assert.deepEqual((await longTasks()).busy, [], 'no main-thread task does over 50 ms of work while training');
    assert.ok(errors[0] > errors[1] && errors[1] > errors[2], `max error falls with width: ${errors.join(' > ')}`);
    assert.ok(errors[2] < 0.4, `16 trained units come within 0.4 of the sine (${errors[2]})`);
    numbers = await readNumbers(page, id);
    assert.equal(numbers.trainedWidths, '1 4 16');
    // Constructed fits fall too, and 16 constructed units beat 5.
    assert.ok(Number(numbers.constructedMaxError) < constructedAt5);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  it('draws by keyboard and pointer, adds a unit by keyboard, and a copied link reopens the same state', async () => {
    const { context, page } = await openPage(browser(), article, { permissions: ['clipboard-read', 'clipboard-write'] });
    await waitForDemo(page);
    const before = await readNumbers(page, id);
    const surface = page.getByRole('slider', { name: /Draw the target/ });
    await surface.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowUp');
    await waitForNumber(page, id, 'target', 'drawn');
    const first = await attribute(page, 'drawing');
    assert.match(first, /^[A-Za-z0-9_-]{17}$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    await page.waitForFunction(({ id, first }) => document.querySelector(`[data-widget="${id}"]`)?.getAttribute('data-drawing') !== first, { id, first });
    const keyed = await attribute(page, 'drawing');
    assert.equal(keyed[0], first[0], 'the first point stays');
    assert.notEqual(keyed[1], first[1], 'the second point moved');
    assert.notEqual(before.constructedMaxError, (await readNumbers(page, id)).constructedMaxError, 'the fit follows the new target');

    const box = await surface.boundingBox();
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.1);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.95, box.y + box.height * 0.1, { steps: 6 });
    await page.mouse.up();
    await page.waitForFunction(({ id, keyed }) => document.querySelector(`[data-widget="${id}"]`)?.getAttribute('data-drawing') !== keyed, { id, keyed });
    const drawn = await attribute(page, 'drawing');
    assert.equal(drawn.slice(0, 8), keyed.slice(0, 8), 'the left half is untouched');
    // The stroke ran from x = 0.1 (sample 9) to x = 0.9 (sample 15) at one height.
    assert.ok([...drawn.slice(9, 16)].every((character) => character === drawn[9]), `the stroke set samples 9 … 15 to one height (${drawn})`);
    assert.notEqual(drawn[9], keyed[9]);

    await page.locator(`[data-widget="${id}"]`).getByRole('button', { name: 'Add a unit' }).focus();
    await page.keyboard.press('Enter');
    await waitForNumber(page, id, 'units', 6);
    await page.locator(`[data-widget="${id}"]`).getByRole('button', { name: /New seed/ }).click();
    await waitForNumber(page, id, 'seed', 2);
    const url = new URL(page.url());
    for (const [key, value] of [['target', 'drawn'], ['units', '6'], ['seed', '2'], ['drawing', drawn]]) {
      assert.equal(url.searchParams.get(`${id}.${key}`), value, key);
    }
    const state = await readNumbers(page, id);
    const { copied, shared } = await openCopiedLink(browser(), page, id);
    assert.ok(copied.endsWith(`#${id}`));
    await waitForDemo(shared.page);
    const after = await readNumbers(shared.page, id);
    for (const key of ['target', 'drawing', 'units', 'seed', 'maxError', 'rmsError', 'constructedMaxError']) assert.equal(after[key], state[key], key);
    assert.equal(await shared.page.getByLabel('Target f(x)').inputValue(), 'drawn');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    assert.deepEqual(shared.page.errors, []);
    await shared.context.close();
    await context.close();
  });

  it('with reduced motion, shows the constructed fit and then only the state training stops in', async () => {
    const { context, page } = await openPage(browser(), `${article}?${id}.units=4`, { reducedMotion: 'reduce' });
    await waitForDemo(page);
    await page.evaluate((id) => {
      const node = document.querySelector(`[data-widget="${id}"]`);
      window.__seen = new Set([`${node.getAttribute('data-method')}@${node.getAttribute('data-step')}`]);
      new MutationObserver(() => window.__seen.add(`${node.getAttribute('data-method')}@${node.getAttribute('data-step')}`))
        .observe(node, { attributes: true, attributeFilter: ['data-step', 'data-method'] });
    }, id);
    await trainUntil(page, id, ['done'], 40_000);
    await waitForNumber(page, id, 'step', 4000);
    assert.deepEqual(await page.evaluate(() => [...window.__seen].sort()), ['constructed@0', 'trained@4000']);
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  it('falls back on junk and clamps sizes beyond the caps (units 500 → 64, 0 → 1)', async () => {
    const junk = `${article}?${id}.units=500&${id}.target=%3Cb%3E&${id}.drawing=!!!&${id}.seed=abc&${id}.engine=gpu9`;
    const { context, page } = await openPage(browser(), junk);
    await waitForDemo(page);
    let numbers = await readNumbers(page, id);
    assert.equal(numbers.units, '64');
    assert.equal(numbers.target, 'sine');
    assert.equal(numbers.seed, '1');
    assert.ok(Number(numbers.maxError) < 0.01, 'the 64-unit constructed fit is close');
    await context.close();
    const low = await openPage(browser(), `${article}?${id}.units=0&${id}.target=drawn&${id}.drawing=${'A'.repeat(40)}`);
    await waitForDemo(low.page);
    numbers = await readNumbers(low.page, id);
    assert.equal(numbers.units, '1');
    assert.equal(numbers.target, 'drawn');
    assert.match(numbers.drawing, /^[A-Za-z0-9_-]{17}$/);
    assert.notEqual(numbers.drawing, 'A'.repeat(17), 'an over-long drawing falls back to the default one');
    assert.deepEqual(low.page.errors, []);
    await low.context.close();
  });
});
