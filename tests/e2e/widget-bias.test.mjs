import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations, openCopiedLink, openPage, trainUntil, useBrowser, waitForWidget, watchLongTasks } from './helpers.mjs';

const browser = useBrowser();
const article = '/questions/why-biases';
const id = 'bias';
const root = (page) => page.locator(`[data-widget="${id}"]`);
const attribute = (page, name) => root(page).getAttribute(`data-${name}`);

/** Scrolls to the demo and waits until its networks are built (the backend is known) and it reports its state. */
async function waitForReady(page) {
  await waitForWidget(page, id, ['idle']);
  await page.waitForFunction(() => {
    const node = document.querySelector('[data-widget="bias"]');
    return node?.getAttribute('data-backend') && node.getAttribute('data-bias') && node.getAttribute('data-status') === 'idle';
  }, null, { timeout: 20_000 });
}

/** Opens the article (with a query), scrolls to the demo, waits until it can train, and trains it to the end. */
async function openAndTrain(query = '') {
  const opened = await openPage(browser(), `${article}${query}`);
  await waitForReady(opened.page);
  await trainUntil(opened.page, id, ['done'], 30_000);
  return opened;
}

/** The per-layer values of data-black-activations ("a,b;c,d;e") as arrays of strings. */
async function blackLayers(page) {
  return (await attribute(page, 'black-activations')).split(';').map((layer) => layer.split(','));
}

describe('the bias demo', () => {
  it('loads lazily, then with biases learns the images (accuracy ≥ 0.95) without long tasks, console errors or axe violations', async () => {
    const { context, page } = await openPage(browser(), article);
    assert.equal(await root(page).getAttribute('data-status'), 'idle', 'not loaded while far from the viewport');
    assert.equal(await root(page).locator('.controls').count(), 0, 'only the poster before scrolling near');
    assert.ok((await root(page).locator('.bias-cell').count()) > 0, 'the poster shows the black image’s cells');
    await waitForReady(page);
    const longTasks = await watchLongTasks(page);
    await trainUntil(page, id, ['done'], 30_000);
    assert.ok(Number(await attribute(page, 'accuracy')) >= 0.95, `accuracy ${await attribute(page, 'accuracy')}`);
    assert.ok(Number(await attribute(page, 'field-accuracy')) >= 0.95, `2-D accuracy ${await attribute(page, 'field-accuracy')}`);
    assert.ok(['typed', 'wasm', 'cpu', 'webgl'].includes(await attribute(page, 'backend')));
    assert.equal(await attribute(page, 'bias'), 'on');
    assert.notEqual(await attribute(page, 'black-output'), '0', 'the bias moves the black image off 0');
    assert.ok(Number(await attribute(page, 'black-probability')) < 0.05);
    assert.notEqual(await attribute(page, 'origin-output'), '0', 'the boundary leaves the origin');
    const tasks = await longTasks();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    assert.deepEqual(tasks.busy, [], 'no main-thread task does over 50 ms of work while training');
    await context.close();
  });

  it('without biases (ReLU) the black image is exactly 0 in every layer, its logit "0", p = ½, and the boundary passes through the origin', async () => {
    const { context, page } = await openAndTrain(`?${id}.on=0`);
    assert.equal(await attribute(page, 'step'), '2000');
    assert.equal(await attribute(page, 'black-output'), '0');
    assert.equal(await attribute(page, 'black-probability'), '0.5');
    const layers = await blackLayers(page);
    assert.equal(layers.length, 3, 'two hidden layers and the output');
    for (const layer of layers) assert.ok(layer.every((value) => value === '0'), layers.join(' | '));
    const blackCells = root(page).locator('.bias-cells[aria-label^="black image"] .bias-cell');
    assert.equal(await blackCells.count(), 17);
    for (const text of await blackCells.allTextContents()) assert.equal(text, '0');
    assert.equal(await root(page).getByText('black image: exactly 0').count(), 3);
    assert.match(await root(page).locator('.bias-strip li').first().textContent(), /p = 0\.5(?!\d)/);
    assert.ok(Number(await attribute(page, 'accuracy')) <= 0.5625, 'every grey gets the class of white');
    assert.equal(await attribute(page, 'origin-output'), '0', 'the field is exactly ½ at the origin');
    assert.ok(Number(await attribute(page, 'field-accuracy')) < 0.9);
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  it('shows the sigmoid exception: without biases the first hidden layer is ½ and the black logit is not 0', async () => {
    const { context, page } = await openAndTrain(`?${id}.on=0&${id}.activation=sigmoid`);
    const layers = await blackLayers(page);
    assert.ok(layers[0].every((value) => value === '0.5'), layers[0].join(','));
    assert.notEqual(await attribute(page, 'black-output'), '0');
    assert.ok(Number(await attribute(page, 'accuracy')) >= 0.95);
    assert.match(await root(page).locator('.bias-note').first().textContent(), /Sigmoid is the exception/);
    await page.getByLabel('Hidden activation').selectOption('tanh');
    assert.match(await root(page).locator('.bias-note').first().textContent(), /With tanh, f\(0\) = 0/);
    await context.close();
  });

  it('writes its state to the URL, and the copied link reproduces it', async () => {
    const { context, page } = await openPage(browser(), article, { permissions: ['clipboard-read', 'clipboard-write'] });
    await waitForReady(page);
    await page.getByLabel('Biases (hidden and output layers)').uncheck();
    await page.getByLabel('Hidden activation').selectOption('leakyRelu');
    const depth = page.getByRole('slider', { name: /Hidden layers/ });
    await depth.focus();
    await page.keyboard.press('ArrowRight');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get(`${id}.on`), '0');
    assert.equal(url.searchParams.get(`${id}.activation`), 'leakyRelu');
    assert.equal(url.searchParams.get(`${id}.depth`), '3');
    assert.equal(url.searchParams.has(`${id}.side`), false, 'defaults are left out');
    const { copied, shared } = await openCopiedLink(browser(), page, id);
    assert.equal(copied, `${url.origin}${article}?${id}.on=0&${id}.activation=leakyRelu&${id}.depth=3#${id}`);
    await waitForReady(shared.page);
    assert.equal(await shared.page.getByLabel('Hidden activation').inputValue(), 'leakyRelu');
    assert.equal(await shared.page.getByLabel('Biases (hidden and output layers)').isChecked(), false);
    assert.equal(await attribute(shared.page, 'depth'), '3');
    await shared.context.close();
    await context.close();
  });

  it('falls back to defaults on junk in the URL and clamps out-of-range numbers', async () => {
    const junk = `${article}?${id}.on=maybe&${id}.activation=%3Cscript%3E&${id}.depth=99&${id}.side=-4&${id}.seed=abc`;
    const { context, page } = await openPage(browser(), junk);
    await waitForReady(page);
    assert.equal(await attribute(page, 'bias'), 'on');
    assert.equal(await attribute(page, 'activation'), 'relu');
    assert.equal(await attribute(page, 'depth'), '3');
    assert.equal(await attribute(page, 'side'), '2');
    assert.equal(await attribute(page, 'seed'), '1');
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  it('works by keyboard: toggle the biases with Space, train with Enter, then axe is still clean', async () => {
    const { context, page } = await openPage(browser(), article);
    await waitForReady(page);
    await page.getByLabel('Biases (hidden and output layers)').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('[data-widget="bias"]')?.getAttribute('data-bias') === 'off');
    const train = root(page).getByRole('button', { name: 'Train', exact: true });
    await page.waitForFunction(() => !document.querySelector('[data-widget="bias"] .button-primary')?.disabled);
    await train.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-widget="bias"]')?.getAttribute('data-status') === 'done', null, { timeout: 30_000 });
    assert.equal(await attribute(page, 'black-output'), '0');
    await root(page).getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-widget="bias"]')?.getAttribute('data-step') === '0');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
});
