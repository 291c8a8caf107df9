import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations, openCopiedLink, openPage, trainUntil, useBrowser, waitForNumber, waitForWidget, watchLongTasks } from './helpers.mjs';

const browser = useBrowser();
const article = '/questions/why-structure-emerges';
const id = 'neurons';
const selector = `[data-widget="${id}"]`;

/** Scrolls to the demo and waits until it is ready to train and has reported its state. */
async function waitForDemo(page) {
  await waitForWidget(page, id, ['idle']);
  await page.waitForFunction((selector) => document.querySelector(selector)?.hasAttribute('data-unit'), selector);
}

/** Waits until the profile of the chosen unit is reported, then checks it against the drawn bars. */
async function checkProfile(root, page) {
  await page.waitForFunction((selector) => document.querySelector(selector)?.hasAttribute('data-class-means'), selector, { timeout: 10_000 });
  const means = (await root.getAttribute('data-class-means')).split(',').map(Number);
  assert.equal(means.length, 10);
  assert.ok(means.every((value) => Number.isFinite(value) && value >= 0), String(means));
  const argmax = means.indexOf(Math.max(...means));
  const topClass = await root.getAttribute('data-top-class');
  if (Math.max(...means) === 0) {
    assert.equal(topClass, null, 'a dead unit names no top class');
    return null;
  }
  assert.equal(Number(topClass), argmax, `top class ${topClass} vs per-class means ${means}`);
  assert.equal(Number(await root.getAttribute('data-top-class-mean')), means[argmax]);
  assert.equal(await root.locator('.neurons-bar-top .neurons-bar-digit').textContent(), String(argmax), 'the highlighted bar is the top class');
  assert.match(await root.locator('.neurons-bars').getAttribute('aria-label'), new RegExp(`Highest: ${argmax}\\.$`));
  assert.equal(await root.locator('.neurons-strip').first().locator('canvas').count(), 8, 'eight top digits are drawn');
  return argmax;
}

describe('neurons: one hidden unit of the digit network', () => {
  it('loads lazily, trains, and the top class is the argmax of the drawn class means; keyboard changes the unit', async () => {
    const { context, page } = await openPage(browser(), article);
    const root = page.locator(selector);
    assert.equal(await root.getAttribute('data-status'), 'idle', 'not loaded while far from the viewport');
    assert.equal(await root.locator('.controls').count(), 0, 'the poster is shown, not the demo');
    assert.equal(await root.locator('.neurons-bars').count(), 1, 'the poster already shows the class axis');
    await waitForDemo(page);
    assert.equal(await root.getAttribute('data-unit'), '1');
    assert.equal(await root.getAttribute('data-layer'), '1');
    const longTasks = await watchLongTasks(page);
    await trainUntil(page, id, ['done'], 60_000);
    assert.equal(await root.getAttribute('data-backend'), 'typed');
    assert.equal(await root.getAttribute('data-step'), '600');
    assert.ok(Number(await root.getAttribute('data-validation-accuracy')) > 0.8);
    await checkProfile(root, page);
    assert.equal(await root.getByRole("img", { name: /input weights as an 8 by 8 image/ }).count(), 1);

    const slider = root.getByRole('slider', { name: /Unit/ });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await waitForNumber(page, id, 'unit', 3);
    assert.equal(new URL(page.url()).searchParams.get(`${id}.unit`), '3');
    await checkProfile(root, page);
    assert.match(await root.locator('.neurons-summary').textContent(), /^Unit 3 of hidden layer 1 fires most|^Unit 3 of hidden layer 1 is silent/);

    await root.getByRole('combobox', { name: 'Hidden layer' }).selectOption('3');
    await waitForNumber(page, id, 'layer', 3);
    assert.equal(new URL(page.url()).searchParams.get(`${id}.layer`), '3');
    // Close to the output, several units should each single out one class.
    const tops = new Set();
    for (let press = 0; press < 6; press++) {
      await waitForNumber(page, id, 'unit', 3 + press);
      const top = await checkProfile(root, page);
      if (top !== null) tops.add(top);
      await slider.focus();
      await page.keyboard.press('ArrowRight');
    }
    assert.ok(tops.size >= 2, `units of hidden layer 3 prefer different classes: ${[...tops]}`);
    assert.equal(await root.getByRole('img', { name: /weights from hidden layer 2/ }).count(), 1);
    assert.deepEqual((await longTasks()).busy, [], 'no main-thread task does over 50 ms of work while training and profiling');

    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  it('writes its state to the URL, and the copied link reopens it', async () => {
    const { context, page } = await openPage(browser(), article, { permissions: ['clipboard-read', 'clipboard-write'] });
    await waitForDemo(page);
    const root = page.locator(selector);
    await root.getByRole('combobox', { name: 'Hidden layer' }).selectOption('2');
    await root.getByRole('slider', { name: /Unit/ }).fill('17');
    await root.getByRole('button', { name: /New seed/ }).click();
    const url = new URL(page.url());
    assert.equal(url.searchParams.get(`${id}.layer`), '2');
    assert.equal(url.searchParams.get(`${id}.unit`), '17');
    assert.equal(url.searchParams.get(`${id}.seed`), '2');
    assert.equal(url.searchParams.has(`${id}.engine`), false, 'defaults are left out');
    const { copied, shared } = await openCopiedLink(browser(), page, id);
    assert.ok(copied.endsWith(`#${id}`));

    await waitForDemo(shared.page);
    const again = shared.page.locator(selector);
    assert.equal(await again.getAttribute('data-layer'), '2');
    assert.equal(await again.getAttribute('data-unit'), '17');
    assert.equal(await again.getByRole('combobox', { name: 'Hidden layer' }).inputValue(), '2');
    assert.equal(await again.getByRole('button', { name: /New seed/ }).getAttribute('aria-label'), 'New seed (now 2)');
    assert.deepEqual(shared.page.errors, []);
    await shared.context.close();
    await context.close();
  });

  it('falls back to defaults on junk in the URL and clamps out-of-range numbers', async () => {
    const junk = `${article}?${id}.layer=7&${id}.unit=abc&${id}.seed=1e999&${id}.engine=%3Cscript%3E&${id}.__proto__=1`;
    const { context, page } = await openPage(browser(), junk);
    await waitForDemo(page);
    const root = page.locator(selector);
    assert.equal(await root.getAttribute('data-layer'), '1');
    assert.equal(await root.getAttribute('data-unit'), '1');
    const clamped = await openPage(browser(), `${article}?${id}.unit=500&${id}.seed=-4`);
    await waitForDemo(clamped.page);
    assert.equal(await clamped.page.locator(selector).getAttribute('data-unit'), '64');
    assert.equal(await clamped.page.locator(selector).getByRole('button', { name: /New seed/ }).getAttribute('aria-label'), 'New seed (now 1)');
    assert.deepEqual(page.errors, []);
    assert.deepEqual(clamped.page.errors, []);
    await clamped.context.close();
    await context.close();
  });
});
