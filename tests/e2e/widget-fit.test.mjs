import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations, collectDialogs, openCopiedLink, openPage, readNumbers, trainUntil, useBrowser, waitForNumber, waitForWidget, watchLongTasks } from './helpers.mjs';

const browser = useBrowser();
const article = '/questions/choosing-an-architecture';
const id = 'fit';
const selector = `[data-widget="${id}"]`;
const numbers = async (page) => {
  const read = await readNumbers(page, id);
  return { ...read, step: Number(read.step), trainLoss: Number(read.trainLoss), valLoss: Number(read.valLoss), bestValLoss: Number(read.bestValLoss) };
};

describe('the fit demo', () => {
  it('loads near the viewport; the overfit preset shows validation loss climbing while training loss falls', async () => {
    const { context, page } = await openPage(browser(), article);
    const root = page.locator(selector);
    assert.equal(await root.getAttribute('data-status'), 'idle');
    assert.equal(await root.locator('.train-controls').count(), 0, 'only the poster before it nears the viewport');
    await waitForWidget(page, id, ['idle']);
    await root.getByRole('button', { name: 'Overfit', exact: true }).click();
    await waitForNumber(page, id, 'units', 32);
    await waitForNumber(page, id, 'trainPoints', 80);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get(`${id}.dataset`), 'xor');
    assert.equal(url.searchParams.get(`${id}.layers`), '6');
    const longTasks = await watchLongTasks(page);
    await root.getByRole('button', { name: 'Train', exact: true }).click();
    // Sample the numbers as training runs: the lowest validation loss seen, and the training loss then.
    let lowest = { valLoss: Infinity, trainLoss: Infinity, step: 0 };
    let now = await numbers(page);
    const started = Date.now();
    while (now.step < 800 && Date.now() - started < 40_000) {
      await page.waitForTimeout(150);
      now = await numbers(page);
      if (Number.isFinite(now.valLoss) && now.valLoss < lowest.valLoss) lowest = now;
    }
    await root.getByRole('button', { name: 'Pause', exact: true }).click({ timeout: 2000 }).catch(() => {});
    await page.waitForFunction((selector) => ['paused', 'done'].includes(document.querySelector(selector).getAttribute('data-status')), selector);
    now = await numbers(page);
    assert.equal(now.regime, 'overfit', `regime ${now.regime} at step ${now.step}`);
    assert.ok(now.valLoss > lowest.valLoss + 0.3, `validation loss ${now.valLoss} at step ${now.step} vs its minimum ${lowest.valLoss} at step ${lowest.step}`);
    assert.ok(now.trainLoss < lowest.trainLoss - 0.1, `training loss fell from ${lowest.trainLoss} to ${now.trainLoss}`);
    assert.ok(now.valLoss > now.bestValLoss + 0.3, 'the averaged minimum the marker measures from is well below');
    assert.ok(Number(now.trainAccuracy) > 0.85 && Number(now.trainAccuracy) - Number(now.valAccuracy) > 0.1, `accuracies ${now.trainAccuracy} / ${now.valAccuracy}`);
    assert.equal(now.backend, 'typed');
    await assert.doesNotReject(root.getByText(/Validation loss has climbed from/).waitFor());
    assert.deepEqual((await longTasks()).busy, [], 'no main-thread task does over 50 ms of work while training');
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  it('adds points by keyboard and by click, keeps them in the URL, and a copied link reopens the same lab', async () => {
    const { context, page } = await openPage(browser(), article, { permissions: ['clipboard-read', 'clipboard-write'] });
    const root = await waitForWidget(page, id, ['idle']);
    assert.equal((await readNumbers(page, id)).trainPoints, '200');
    const field = root.getByRole('application', { name: /Decision field/ });
    await field.focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowUp']) await page.keyboard.press(key);
    // Each arrow moves the cursor four grid steps of 3.2/62 (0.206): to (0.41, 0.21).
    await assert.doesNotReject(root.getByText('Cursor at (0.41, 0.21)', { exact: false }).waitFor({ timeout: 5000 }));
    await page.keyboard.press('b');
    await waitForNumber(page, id, 'trainPoints', 201);
    await page.keyboard.press('a');
    await waitForNumber(page, id, 'trainPoints', 202);
    assert.equal(await root.locator('.fit-added').count(), 2);
    const points = new URL(page.url()).searchParams.get(`${id}.points`);
    assert.match(points, /^1..0..$/, `points ${points}`);
    // A click on the field's centre adds a class B point there.
    await root.getByRole('radio', { name: 'class B' }).check();
    await root.locator('.fit-click-target').click();
    await waitForNumber(page, id, 'trainPoints', 203);
    await root.getByLabel('Activation').selectOption('tanh');
    await root.getByRole('slider', { name: /Hidden layers/ }).fill('4');
    await waitForNumber(page, id, 'layers', 4);
    assert.deepEqual(await axeViolations(page), []);
    const { shared } = await openCopiedLink(browser(), page, id);
    const sharedRoot = await waitForWidget(shared.page, id, ['idle']);
    assert.equal(await sharedRoot.getAttribute('data-train-points'), '203');
    assert.equal(await sharedRoot.getAttribute('data-layers'), '4');
    assert.equal(await sharedRoot.getByLabel('Activation').inputValue(), 'tanh');
    assert.equal(new URL(shared.page.url()).searchParams.get(`${id}.points`).length, 9);
    assert.equal(await sharedRoot.locator('.fit-added').count(), 3);
    assert.deepEqual(shared.page.errors, []);
    await shared.context.close();
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  it('applies a learning-rate change to the running session, without a restart', async () => {
    const { context, page } = await openPage(browser(), article);
    const root = await waitForWidget(page, id, ['idle']);
    await root.getByRole('button', { name: 'Train', exact: true }).click();
    await page.waitForFunction((selector) => Number(document.querySelector(selector).getAttribute('data-step')) >= 200, selector, { timeout: 20_000 });
    const before = Number(await root.getAttribute('data-step'));
    await root.getByRole('slider', { name: /Learning rate/ }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((selector) => document.querySelector(selector).getAttribute('data-learning-rate') !== '0.03', selector);
    await page.waitForFunction(([selector, before]) => Number(document.querySelector(selector).getAttribute('data-step')) > before + 50, [selector, before], { timeout: 20_000 });
    assert.ok(['training', 'done'].includes(await root.getAttribute('data-status')));
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  it('a learning rate that diverges says so, with no NaN on screen', async () => {
    const { context, page } = await openPage(browser(), `${article}?${id}.activation=linear&${id}.optimiser=sgd&${id}.learningRate=10`);
    await waitForWidget(page, id, ['idle']);
    const root = await trainUntil(page, id, ['diverged'], 30_000);
    const read = await readNumbers(page, id);
    assert.equal(read.regime, 'diverged');
    assert.equal(read.valLoss, undefined, 'no stand-in loss is reported');
    await assert.doesNotReject(root.getByText(/Diverged\./).waitFor());
    const text = await root.innerText();
    assert.doesNotMatch(text, /NaN|Infinity|∞|e\+3/);
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  it('falls back to defaults on junk in the URL and clamps sizes beyond the caps', async () => {
    const junk = `${article}?${id}.dataset=%3Cscript%3Ealert(1)%3C/script%3E&${id}.layers=99&${id}.units=1000&${id}.learningRate=abc&${id}.batch=7&${id}.points=zz!&${id}.noise=-4`;
    const { context, page } = await openPage(browser(), junk);
    const dialogs = collectDialogs(page);
    await waitForWidget(page, id, ['idle']);
    const read = await readNumbers(page, id);
    assert.equal(read.dataset, 'circle');
    assert.equal(read.layers, '10');
    assert.equal(read.units, '32');
    assert.equal(read.learningRate, '0.03');
    assert.equal(read.trainPoints, '200');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
});
