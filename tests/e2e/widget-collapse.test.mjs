import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations, collectDialogs, openCopiedLink, openPage, trainUntil, useBrowser, waitForWidget, watchLongTasks } from './helpers.mjs';

const browser = useBrowser();
const article = '/questions/why-activation-functions';
const id = 'collapse';
const number = async (root, name) => Number(await root.getAttribute(`data-${name}`));

describe('the collapse demo', () => {
  it('loads near the viewport, trains a linear stack in the worker, and its output is the product of its matrices', async () => {
    const { context, page } = await openPage(browser(), article);
    const root = page.locator(`[data-widget="${id}"]`);
    assert.equal(await root.getAttribute('data-status'), 'idle');
    assert.equal(await root.locator('.train-controls').count(), 0, 'only the poster before it nears the viewport');
    assert.equal(await root.locator('svg[role="img"]').count(), 1, 'the poster draws the data');
    await waitForWidget(page, id, ['idle']);
    const longTasks = await watchLongTasks(page);
    await root.getByRole('button', { name: 'Train', exact: true }).click();
    await page.waitForFunction((id) => document.querySelector(`[data-widget="${id}"]`).getAttribute('data-status') === 'training', id);
    await page.waitForFunction((id) => document.querySelector(`[data-widget="${id}"]`).getAttribute('data-status') === 'done', id, { timeout: 60_000 });
    assert.equal(await root.getAttribute('data-backend'), 'typed');
    assert.equal(await number(root, 'step'), 2500);
    const error = await number(root, 'max-collapse-error');
    assert.ok(error >= 0 && error < 1e-4, `collapse error ${error}`);
    assert.ok((await number(root, 'accuracy')) < 0.8, 'a straight line cannot separate a disc from a ring');
    await assert.doesNotReject(root.getByText('The network computes exactly x·C + c').waitFor());
    assert.deepEqual((await longTasks()).busy, [], 'no main-thread task does over 50 ms of work while training');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  it('with ReLU between the layers, the boundary bends: accuracy above 0.95 and the product no longer matches', async () => {
    // Reduced motion: the run is unpaced, so the final state comes at once.
    const { context, page } = await openPage(browser(), `${article}?${id}.activation=relu`, { reducedMotion: 'reduce' });
    await waitForWidget(page, id, ['idle']);
    const root = await trainUntil(page, id, ['done']);
    assert.ok((await number(root, 'accuracy')) > 0.95, `accuracy ${await root.getAttribute('data-accuracy')}`);
    assert.ok((await number(root, 'max-collapse-error')) > 1e-2);
    assert.ok((await root.locator('.field-boundary').getAttribute('d')).length > 0);
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  it('counts the factorised parameters and the rank by keyboard: k = 5 gives 1,000 numbers and rank 5', async () => {
    const { context, page } = await openPage(browser(), article);
    const root = await waitForWidget(page, id, ['idle']);
    assert.equal(await number(root, 'factor-parameters'), 400);
    assert.equal(await number(root, 'dense-parameters'), 10000);
    assert.equal(await number(root, 'rank'), 2);
    await page.getByRole('slider', { name: /Inner size k/ }).focus();
    for (let press = 0; press < 3; press++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction((id) => document.querySelector(`[data-widget="${id}"]`).getAttribute('data-rank') === '5', id);
    assert.equal(await number(root, 'factor-parameters'), 1000);
    await assert.doesNotReject(root.getByText('100·5 + 5·100 = 1,000').waitFor());
    assert.equal(new URL(page.url()).searchParams.get(`${id}.k`), '5');
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('keeps its state in the URL: a copied link reopens the same network', async () => {
    const { context, page } = await openPage(browser(), article, { permissions: ['clipboard-read', 'clipboard-write'] });
    const root = await waitForWidget(page, id, ['idle']);
    await root.getByLabel('Between the layers').selectOption('tanh');
    await root.getByRole('slider', { name: /Hidden layers/ }).fill('5');
    await root.getByRole('button', { name: /New seed/ }).click();
    const url = new URL(page.url());
    assert.equal(url.searchParams.get(`${id}.activation`), 'tanh');
    assert.equal(url.searchParams.get(`${id}.layers`), '5');
    assert.equal(url.searchParams.get(`${id}.seed`), '2');
    assert.equal(url.searchParams.has(`${id}.width`), false, 'defaults are left out');
    const { copied, shared } = await openCopiedLink(browser(), page, id);
    const sharedRoot = await waitForWidget(shared.page, id, ['idle']);
    assert.equal(await sharedRoot.getAttribute('data-activation'), 'tanh');
    assert.equal(await sharedRoot.getAttribute('data-layers'), '5');
    assert.equal(await sharedRoot.getByLabel('Between the layers').inputValue(), 'tanh');
    await shared.context.close();
    await context.close();
  });

  it('trains on the compute strategy the reader picks, and says which backend runs (webgl falls back when absent)', async () => {
    const { context, page } = await openPage(browser(), article, { reducedMotion: 'reduce' });
    const root = await waitForWidget(page, id, ['idle']);
    for (const [strategy, backends] of [['typed', ['typed']], ['wasm', ['wasm']], ['cpu', ['cpu']], ['webgl', ['webgl', 'wasm', 'cpu']]]) {
      await root.getByLabel('Compute with').selectOption(strategy);
      // The new session is ready when the frame is idle again at step 0.
      await page.waitForFunction((id) => {
        const node = document.querySelector(`[data-widget="${id}"]`);
        return node.getAttribute('data-status') === 'idle' && node.getAttribute('data-step') === '0';
      }, id, { timeout: 30_000 });
      // Software WebGL (no GPU here) is slow, so a few updates prove training runs; then pause.
      await root.getByRole('button', { name: 'Train', exact: true }).click();
      await page.waitForFunction((id) => Number(document.querySelector(`[data-widget="${id}"]`).getAttribute('data-step')) >= 5, id, { timeout: 60_000 });
      // A fast engine may already be done; otherwise pause it here.
      await root.getByRole('button', { name: 'Pause', exact: true }).click({ timeout: 2000 }).catch(() => {});
      const backend = await root.getAttribute('data-backend');
      assert.ok(backends.includes(backend), `${strategy} ran on ${backend}`);
      assert.ok(Number.isFinite(await number(root, 'accuracy')), `${strategy}: a finite accuracy`);
      assert.ok((await number(root, 'max-collapse-error')) < 1e-4, `${strategy}: the collapse holds on every engine`);
      if (strategy === 'webgl' && backend !== 'webgl') await assert.doesNotReject(root.getByText(/fell back from webgl/).waitFor());
    }
    assert.equal(new URL(page.url()).searchParams.get(`${id}.engine`), 'webgl');
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  it('falls back to defaults on junk in the URL and clamps sizes beyond the caps', async () => {
    const junk = `${article}?${id}.activation=%3Cscript%3Ealert(1)%3C/script%3E&${id}.layers=99&${id}.seed=3abc&${id}.k=-1e999&${id}.n=Infinity`;
    const { context, page } = await openPage(browser(), junk);
    const dialogs = collectDialogs(page);
    const root = await waitForWidget(page, id, ['idle']);
    assert.equal(await root.getAttribute('data-activation'), 'linear');
    assert.equal(await root.getAttribute('data-layers'), '8');
    assert.ok((await number(root, 'rank')) >= 1);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
});
