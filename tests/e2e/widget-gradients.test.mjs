import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations, collectDialogs, openCopiedLink, openPage, useBrowser, waitForWidget, watchLongTasks } from './helpers.mjs';

const browser = useBrowser();
const article = '/questions/why-activation-functions';
const id = 'gradients';
const number = async (root, name) => Number(await root.getAttribute(`data-${name}`));
const stepAtLeast = (page, steps) => page.waitForFunction(
  ({ id, steps }) => Number(document.querySelector(`[data-widget="${id}"]`).getAttribute('data-step')) >= steps,
  { id, steps },
  { timeout: 20_000 },
);

describe('the gradients demo', () => {
  it('loads near the viewport; at depth 10 ReLU’s first-to-output gradient ratio is orders of magnitude above sigmoid’s; works by keyboard', async () => {
    const { context, page } = await openPage(browser(), `${article}?${id}.activation=relu&${id}.depth=10`);
    const root = page.locator(`[data-widget="${id}"]`);
    assert.equal(await root.getAttribute('data-status'), 'idle');
    assert.equal(await root.locator('.train-controls').count(), 0, 'only the poster before it nears the viewport');
    assert.equal(await root.locator('svg[role="img"]').count(), 3, 'the poster draws bars, losses and slopes');
    assert.equal(await root.locator('svg[aria-label^="Gradient norm per layer of the sigmoid net, log scale, at initialisation"] rect').count(), 11, 'the poster has the bars at initialisation');
    await waitForWidget(page, id, ['idle']);
    assert.equal(await root.getAttribute('data-activation'), 'relu');
    assert.equal(await number(root, 'depth'), 10);
    assert.equal(await root.getAttribute('data-grad-ratio'), null, 'no live ratio before any update');
    await root.locator('svg[aria-label*="at initialisation"] rect').nth(10).waitFor();
    assert.equal(await root.locator('svg[aria-label*="at initialisation"] rect').count(), 11, 'the bars show the gradients at initialisation before Train');
    assert.ok((await number(root, 'grad-ratio-initial')) > 0.01, 'ReLU’s ratio at initialisation, shown before training');
    const longTasks = await watchLongTasks(page);
    await root.getByRole('button', { name: 'Train', exact: true }).click();
    await stepAtLeast(page, 40);
    await root.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.waitForFunction((id) => document.querySelector(`[data-widget="${id}"]`).getAttribute('data-status') === 'paused', id);
    assert.deepEqual((await longTasks()).busy, [], 'no main-thread task does over 50 ms of work while training');
    assert.equal(await root.getAttribute('data-backend'), 'typed');
    const relu = await number(root, 'grad-ratio');
    const sigmoid = await number(root, 'grad-ratio-sigmoid');
    assert.equal(relu, await number(root, 'grad-ratio-relu'), 'data-grad-ratio follows the selected activation');
    assert.ok(sigmoid > 0 && relu / sigmoid >= 100, `ReLU ${relu} vs sigmoid ${sigmoid}`);
    assert.ok(sigmoid < 1e-3, `sigmoid's first layer gets under a thousandth of the output layer's gradient: ${sigmoid}`);
    assert.equal(await root.locator('svg[aria-label^="Gradient norm per layer of the ReLU net, log scale"] rect').count(), 11);

    // Keyboard: depth down to 3, then show sigmoid's bars.
    await root.getByRole('slider', { name: /Hidden layers/ }).focus();
    for (let press = 0; press < 7; press++) await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((id) => document.querySelector(`[data-widget="${id}"]`).getAttribute('data-depth') === '3', id);
    await root.getByLabel('Gradient bars for').focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction((id) => document.querySelector(`[data-widget="${id}"]`).getAttribute('data-activation') === 'sigmoid', id);
    await page.waitForFunction((id) => document.querySelector(`[data-widget="${id}"]`).getAttribute('data-step') === '0', id);
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate((id) => Boolean(document.activeElement?.closest(`[data-widget="${id}"]`)), id), 'Tab moves on to the next control of the demo');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get(`${id}.depth`), '3');
    assert.equal(url.searchParams.has(`${id}.activation`), false, 'the default activation is left out');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  it('keeps its state in the URL: a copied link reopens the same nets', async () => {
    const { context, page } = await openPage(browser(), article, { permissions: ['clipboard-read', 'clipboard-write'] });
    const root = await waitForWidget(page, id, ['idle']);
    await root.getByLabel('Gradient bars for').selectOption('tanh');
    await root.getByRole('slider', { name: /Hidden layers/ }).fill('6');
    await root.getByLabel(/Swap the initialisations/).check();
    await root.getByRole('button', { name: /New seed/ }).click();
    const url = new URL(page.url());
    assert.equal(url.searchParams.get(`${id}.activation`), 'tanh');
    assert.equal(url.searchParams.get(`${id}.depth`), '6');
    assert.equal(url.searchParams.get(`${id}.mismatched`), '1');
    assert.equal(url.searchParams.get(`${id}.seed`), '2');
    const { copied, shared } = await openCopiedLink(browser(), page, id);
    const sharedRoot = await waitForWidget(shared.page, id, ['idle']);
    assert.equal(await sharedRoot.getAttribute('data-activation'), 'tanh');
    assert.equal(await sharedRoot.getAttribute('data-depth'), '6');
    assert.equal(await sharedRoot.getAttribute('data-mismatched'), 'true');
    assert.equal(await sharedRoot.getAttribute('data-seed'), '2');
    assert.equal(await sharedRoot.getByLabel(/Swap the initialisations/).isChecked(), true);
    await assert.doesNotReject(sharedRoot.getByText(/6 hidden layers of 16, He initialisation/).waitFor());
    assert.deepEqual(shared.page.errors, []);
    await shared.context.close();
    await context.close();
  });

  it('falls back to defaults on junk in the URL and clamps the depth to 20', async () => {
    const junk = `${article}?${id}.activation=%3Cscript%3Ealert(1)%3C/script%3E&${id}.depth=99&${id}.mismatched=maybe&${id}.seed=3abc&${id}.engine=gpu9000`;
    const { context, page } = await openPage(browser(), junk, { reducedMotion: 'reduce' });
    const dialogs = collectDialogs(page);
    const root = await waitForWidget(page, id, ['idle']);
    assert.equal(await root.getAttribute('data-activation'), 'sigmoid');
    assert.equal(await number(root, 'depth'), 20);
    assert.equal(await root.getAttribute('data-mismatched'), 'false');
    assert.ok(Number.isInteger(await number(root, 'seed')));
    // 20 layers still train, unpaced under reduced motion, with finite numbers on screen.
    await root.getByRole('button', { name: 'Train', exact: true }).click();
    await stepAtLeast(page, 20);
    assert.ok((await number(root, 'grad-ratio')) > 0);
    assert.equal(await root.locator('svg[aria-label^="Gradient norm per layer"] rect').count(), 21);
    assert.equal(await page.getByText(/NaN|Infinity/).count(), 0);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
});
