import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations, collectDialogs, openCopiedLink, openPage, readNumbers, useBrowser, waitForNumber, waitForWidget, watchLongTasks } from './helpers.mjs';

const browser = useBrowser();
const article = '/questions/choosing-an-architecture';
const id = 'random-labels';
const statusIs = (page, statuses, timeout = 10_000) => page.waitForFunction(
  ({ id, statuses }) => statuses.includes(document.querySelector(`[data-widget="${id}"]`)?.getAttribute('data-status')),
  { id, statuses },
  { timeout },
);

describe('the random-labels demo', () => {
  it('memorises fully shuffled labels to 100% with validation near chance, without long tasks; works by keyboard; survives a copied link', async () => {
    // 100 training digits keep the test short; the default 500 is measured by the bench.
    const { context, page } = await openPage(browser(), `${article}?${id}.trainSize=100`, { permissions: ['clipboard-read', 'clipboard-write'] });
    const root = page.locator(`[data-widget="${id}"]`);
    assert.equal(await root.getAttribute('data-status'), 'idle');
    assert.equal(await root.locator('.train-controls').count(), 0, 'only the poster before it nears the viewport');
    assert.equal(await root.locator('svg[role="img"]').count(), 2, 'the poster draws the two accuracy charts');
    await waitForWidget(page, id, ['idle']);
    await waitForNumber(page, id, 'trainSize', 100);
    assert.equal(await root.getAttribute('data-epochs-to-memorise'), null, 'nothing memorised before training');
    assert.equal(await root.getByRole('cell', { name: 'not yet' }).count(), 3);

    const longTasks = await watchLongTasks(page);
    await root.getByRole('button', { name: 'Train', exact: true }).click();
    await statusIs(page, ['done'], 40_000);
    assert.deepEqual((await longTasks()).busy, [], 'no main-thread task does over 50 ms of work while training');
    const numbers = await readNumbers(page, id);
    assert.ok(['typed', 'wasm', 'cpu', 'webgl'].includes(numbers.backend), `backend ${numbers.backend}`);
    assert.equal(Number(numbers.trainAccuracy), 1, 'the shuffled labels are fitted to 100%');
    assert.ok(Number(numbers.valAccuracy) < 0.2, `validation on shuffled labels near chance: ${numbers.valAccuracy}`);
    assert.ok(Number(numbers.epochsToMemorise) >= 1, `epochs to memorise: ${numbers.epochsToMemorise}`);
    assert.equal(numbers.epochsToMemorise, numbers.epochsToMemoriseShuffled);
    assert.equal(Number(numbers.trainAccuracyTrue), 1);
    assert.equal(Number(numbers.trainAccuracyNoise), 1);
    assert.ok(Number(numbers.valAccuracyTrue) > 0.5, `true labels generalise: ${numbers.valAccuracyTrue}`);
    assert.ok(Number(numbers.valAccuracyNoise) < 0.2, `noise inputs do not: ${numbers.valAccuracyNoise}`);
    assert.ok(Number(numbers.epochsToMemoriseTrue) < Number(numbers.epochsToMemorise), 'true labels are fitted before shuffled ones');
    assert.equal(await root.getByRole('cell', { name: 'not yet' }).count(), 0);
    assert.match(await root.locator('svg[role="img"]').first().getAttribute('aria-label'), /100% at epoch \d+/);
    const starts = await root.locator('svg[role="img"]').first().locator('path[stroke]').evaluateAll((paths) => paths.map((path) => path.getAttribute('d').split('L')[0]));
    assert.equal(starts.length, 3);
    for (const start of starts) assert.match(start, /^M40\.0,/, 'every curve starts at epoch 0: none was cut by a stale snapshot');

    // Keyboard: 150 samples, 90% shuffled, dropout on.
    await root.getByRole('slider', { name: /Training samples/ }).focus();
    await page.keyboard.press('ArrowRight');
    await waitForNumber(page, id, 'trainSize', 150);
    await root.getByRole('slider', { name: /Labels shuffled/ }).focus();
    await page.keyboard.press('ArrowLeft');
    await waitForNumber(page, id, 'shuffled', 90);
    await root.getByLabel(/Dropout/).focus();
    await page.keyboard.press('Space');
    await waitForNumber(page, id, 'dropout', 'true');
    await statusIs(page, ['idle']);
    assert.equal(await root.getByRole('rowheader', { name: /90% of labels shuffled/ }).count(), 1);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get(`${id}.trainSize`), '150');
    assert.equal(url.searchParams.get(`${id}.shuffled`), '90');
    assert.equal(url.searchParams.get(`${id}.dropout`), '1');
    assert.equal(url.searchParams.has(`${id}.weightDecay`), false, 'defaults are left out');
    assert.deepEqual(await axeViolations(page), []);

    const { shared } = await openCopiedLink(browser(), page, id);
    const sharedRoot = await waitForWidget(shared.page, id, ['idle']);
    const again = await readNumbers(shared.page, id);
    assert.equal(again.trainSize, '150');
    assert.equal(again.shuffled, '90');
    assert.equal(again.dropout, 'true');
    assert.equal(await sharedRoot.getByLabel(/Dropout/).isChecked(), true);
    assert.equal(await sharedRoot.getByLabel(/Weight decay/).isChecked(), false);
    assert.deepEqual(shared.page.errors, []);
    await shared.context.close();
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  it('falls back to defaults on junk in the URL and clamps sizes beyond the caps', async () => {
    const junk = `${article}?${id}.dataset=%3Cscript%3Ealert(1)%3C/script%3E&${id}.trainSize=99999&${id}.shuffled=-40&${id}.dropout=maybe&${id}.weightDecay=2&${id}.seed=3abc&${id}.engine=gpu9000`;
    const { context, page } = await openPage(browser(), junk);
    const dialogs = collectDialogs(page);
    const root = await waitForWidget(page, id, ['idle']);
    const numbers = await readNumbers(page, id);
    assert.equal(numbers.dataset, 'digits');
    assert.equal(numbers.trainSize, '1000', 'the training set is capped at 1,000');
    assert.equal(numbers.shuffled, '0');
    assert.equal(numbers.dropout, 'false');
    assert.equal(numbers.weightDecay, 'false');
    assert.ok(Number.isInteger(Number(numbers.seed)));
    assert.equal(await root.getByLabel('Compute with').inputValue(), 'auto');
    assert.equal(await root.getByRole('rowheader', { name: /^0% of labels shuffled/ }).count(), 1);
    assert.equal(await page.getByText(/NaN|Infinity/).count(), 0);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
});
