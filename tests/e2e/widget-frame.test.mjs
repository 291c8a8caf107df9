import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations, baseUrl, collectDialogs, openCopiedLink, openPage, useBrowser, waitForWidget } from './helpers.mjs';

const browser = useBrowser();
const article = '/questions/why-activation-functions';
const id = 'activation-shapes';

describe('the widget frame (activation-shapes)', () => {
  it('shows a poster first, loads near the viewport, and keeps the testability contract', async () => {
    const { context, page } = await openPage(browser(), article);
    const root = page.locator(`[data-widget="${id}"]`);
    assert.equal(await root.getAttribute('data-status'), 'idle', 'not loaded while far from the viewport');
    assert.equal(await root.locator('svg[role="img"]').count(), 1, 'the poster is the initial figure');
    await waitForWidget(page, id, ['done']);
    assert.equal(await root.getAttribute('data-backend'), 'none');
    assert.equal(await root.getAttribute('data-max-slope'), '0.25');
    for (const name of ['Activation', 'Input x: 2.0', 'Show the slope curve', 'Reset', 'Copy link to this demo']) {
      assert.ok((await page.getByLabel(name, { exact: false }).count()) + (await page.getByRole('button', { name }).count()) >= 1, name);
    }
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  it('writes its state to the URL under its id, and a shared link reproduces it', async () => {
    const { context, page } = await openPage(browser(), article, { permissions: ['clipboard-read', 'clipboard-write'] });
    await waitForWidget(page, id, ['done']);
    await page.getByLabel('Activation', { exact: true }).selectOption('relu');
    await page.getByLabel('Show the slope curve').uncheck();
    const url = new URL(page.url());
    assert.equal(url.searchParams.get(`${id}.activation`), 'relu');
    assert.equal(url.searchParams.get(`${id}.showDerivative`), '0');
    assert.equal(url.searchParams.has(`${id}.x`), false, 'defaults are left out');
    const { copied, shared } = await openCopiedLink(browser(), page, id);
    assert.equal(copied, `${url.origin}${article}?${id}.activation=relu&${id}.showDerivative=0#${id}`);

    await waitForWidget(shared.page, id, ['done']);
    assert.equal(await shared.page.getByLabel('Activation', { exact: true }).inputValue(), 'relu');
    assert.equal(await shared.page.locator(`[data-widget="${id}"]`).getAttribute('data-slope'), '1');
    await shared.context.close();
    await context.close();
  });

  it('moves by keyboard: arrow keys on the slider change x and the readouts', async () => {
    const { context, page } = await openPage(browser(), article);
    await waitForWidget(page, id, ['done']);
    const slider = page.getByRole('slider', { name: /Input x/ });
    await slider.focus();
    for (let press = 0; press < 20; press++) await page.keyboard.press('ArrowLeft');
    const root = page.locator(`[data-widget="${id}"]`);
    assert.equal(await root.getAttribute('data-x'), '0');
    assert.equal(await root.getAttribute('data-slope'), '0.25');
    assert.equal(new URL(page.url()).searchParams.get(`${id}.x`), '0');
    await context.close();
  });

  it('falls back to defaults on junk in the URL and clamps out-of-range numbers', async () => {
    const junk = `${article}?${id}.activation=%3Cscript%3Ealert(1)%3C/script%3E&${id}.x=1e999&${id}.showDerivative=maybe&${id}.constructor=1`;
    const { context, page } = await openPage(browser(), junk);
    const dialogs = collectDialogs(page);
    await waitForWidget(page, id, ['done']);
    const root = page.locator(`[data-widget="${id}"]`);
    assert.equal(await root.getAttribute('data-activation'), 'sigmoid');
    assert.equal(await root.getAttribute('data-x'), '2');
    const clamped = await openPage(browser(), `${article}?${id}.x=99`);
    await waitForWidget(clamped.page, id, ['done']);
    assert.equal(await clamped.page.locator(`[data-widget="${id}"]`).getAttribute('data-x'), '6');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(page.errors, []);
    await clamped.context.close();
    await context.close();
  });

  it('renders alone at /lab/<id> with the same state keys', async () => {
    const { context, page, response } = await openPage(browser(), `/lab/${id}?${id}.activation=tanh&${id}.x=0`);
    assert.equal(response.status(), 200);
    await waitForWidget(page, id, ['done']);
    assert.equal(await page.locator(`[data-widget="${id}"]`).getAttribute('data-slope'), '1');
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('a crashing widget shows its own error and retry, and the article stays intact', async () => {
    const context = await browser().newContext();
    await context.addInitScript(() => {
      window.__forceWidgetCrash = ['activation-shapes'];
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${article}`, { waitUntil: 'networkidle' });
    const root = page.locator(`[data-widget="${id}"]`);
    await root.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('[data-widget="activation-shapes"]')?.getAttribute('data-status') === 'error');
    assert.match(await root.getByRole('alert').textContent(), /stopped with an error/);
    assert.ok((await page.locator('h2').count()) > 3, 'the article is still there');
    await page.evaluate(() => {
      window.__forceWidgetCrash = [];
    });
    await root.getByRole('button', { name: 'Retry' }).click();
    await waitForWidget(page, id, ['done']);
    await context.close();
  });

  it('no page ships tfjs or KaTeX in its first-load JavaScript', async () => {
    for (const path of ['/', article, `/lab/${id}`]) {
      const html = await (await fetch(baseUrl + path)).text();
      const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]);
      assert.ok(scripts.length > 0);
      for (const src of scripts) {
        const code = await (await fetch(new URL(src, baseUrl))).text();
        // Markers of tfjs's own code (its kernel registry, its package names), not the word
        // 'tfjs', which the compute-strategy choices legitimately name.
        assert.equal(/kernelName|Conv2DBackpropInput|@tensorflow\/|webgl_util|tfjs-backend-wasm/.test(code), false, `${src} on ${path} contains tfjs`);
        assert.equal(/KaTeX parse error|katex\.render/.test(code), false, `${src} on ${path} contains KaTeX`);
      }
    }
  });
});
