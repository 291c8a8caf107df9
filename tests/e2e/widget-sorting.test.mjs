import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations, openCopiedLink, openPage, useBrowser, waitForWidget, watchLongTasks } from './helpers.mjs';

const browser = useBrowser();
const article = '/questions/why-structure-emerges';
const id = 'sorting';
const root = (page) => page.locator(`[data-widget="${id}"]`);
const attribute = (page, name) => root(page).getAttribute(`data-${name}`);
const number = async (page, name) => Number(await attribute(page, name));

/** Waits until the demo's data-<name> attribute reads `expected`. */
async function waitForAttribute(page, name, expected) {
  await page.waitForFunction(
    ({ name, expected }) => document.querySelector('[data-widget="sorting"]')?.getAttribute(`data-${name}`) === expected,
    { name, expected },
    { timeout: 20_000 },
  );
}

describe('the sorting demo', () => {
  it('loads lazily, plays both sorts to sorted, and shows gradual order against order only at the last pass', async () => {
    const { context, page } = await openPage(browser(), `${article}?${id}.speed=5000`);
    assert.equal(await attribute(page, 'status'), 'idle', 'not loaded while far from the viewport');
    assert.equal(await root(page).locator('.controls').count(), 0, 'only the poster before scrolling near');
    assert.equal(await root(page).locator('.sorting-bars').count(), 2, 'the poster shows both shuffles');
    await waitForWidget(page, id, ['idle']);
    assert.equal(await attribute(page, 'backend'), 'none');
    assert.equal(await attribute(page, 'steps'), '0');
    assert.ok(Math.abs(await number(page, 'tau-comparison')) < 0.25, 'a shuffle starts near τ = 0');
    assert.equal(await attribute(page, 'tau-comparison'), await attribute(page, 'tau-radix'), 'both start from the same shuffle');
    assert.equal(await attribute(page, 'total-radix'), '200', 'base 10 on 100 bars: two passes of 100 writes');
    const half = { comparison: await number(page, 'half-comparison'), radix: await number(page, 'half-radix') };
    assert.ok(half.comparison > 0.4, `insertion sort is well ordered halfway (τ ${half.comparison})`);
    assert.ok(Math.abs(half.radix) < 0.25, `radix sort still looks shuffled after its first pass (τ ${half.radix})`);

    // Seek to halfway: the live numbers agree with the halfway ones, and nothing is sorted yet.
    const total = await number(page, 'total-comparison');
    await root(page).getByLabel(/^Position/).fill(String(Math.floor(total / 2)));
    await waitForAttribute(page, 'steps-comparison', String(Math.floor(total / 2)));
    assert.equal(await attribute(page, 'steps-radix'), '100', 'same share of each run: radix is halfway too');
    assert.equal(await number(page, 'tau-radix'), half.radix);
    assert.ok(await number(page, 'tau-comparison') > (await number(page, 'tau-radix')) + 0.2);
    assert.equal(await attribute(page, 'sorted'), null);
    assert.equal(await attribute(page, 'status'), 'paused');

    const longTasks = await watchLongTasks(page);
    await root(page).getByRole('button', { name: 'Resume' }).click();
    await waitForAttribute(page, 'status', 'done');
    assert.equal(await attribute(page, 'sorted'), 'both');
    assert.equal(await number(page, 'steps-comparison'), total);
    assert.equal(await attribute(page, 'steps-radix'), '200');
    assert.equal(await number(page, 'steps'), total + 200);
    assert.equal(await attribute(page, 'tau-comparison'), '1');
    assert.equal(await attribute(page, 'tau-radix'), '1');
    assert.match(await root(page).locator('.sorting-panel').first().textContent(), /sorted after 2,\d{3} writes/);
    const tasks = await longTasks();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    assert.deepEqual(tasks.busy, [], 'no main-thread task does over 50 ms of work while playing');
    await context.close();
  });

  it('plays and pauses by keyboard, writes its state to the URL, and the copied link reproduces it', async () => {
    const { context, page } = await openPage(browser(), article, { permissions: ['clipboard-read', 'clipboard-write'] });
    await waitForWidget(page, id, ['idle']);
    const play = root(page).getByRole('button', { name: 'Play', exact: true });
    await play.focus();
    await page.keyboard.press('Enter');
    await waitForAttribute(page, 'status', 'training');
    await page.waitForFunction(() => Number(document.querySelector('[data-widget="sorting"]')?.getAttribute('data-steps-comparison')) > 0);
    await page.keyboard.press('Enter');
    await waitForAttribute(page, 'status', 'paused');
    const paused = await attribute(page, 'steps');
    await page.waitForTimeout(300);
    assert.equal(await attribute(page, 'steps'), paused, 'nothing moves while paused');

    await page.getByLabel('Comparison sort').selectOption('merge');
    await page.getByLabel('Radix sort base').selectOption('2');
    const bars = page.getByRole('slider', { name: /^Bars/ });
    await bars.focus();
    await page.keyboard.press('ArrowRight');
    await root(page).getByRole('button', { name: /New seed/ }).click();
    await waitForAttribute(page, 'seed', '2');
    assert.equal(await attribute(page, 'steps'), '0', 'new bars start a new race');
    assert.equal(await attribute(page, 'status'), 'idle');
    assert.equal(await attribute(page, 'total-radix'), String(7 * 110), 'base 2 on 110 bars: seven passes');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get(`${id}.comparison`), 'merge');
    assert.equal(url.searchParams.get(`${id}.base`), '2');
    assert.equal(url.searchParams.get(`${id}.size`), '110');
    assert.equal(url.searchParams.get(`${id}.seed`), '2');
    assert.equal(url.searchParams.has(`${id}.pace`), false, 'defaults are left out');
    const { copied, shared } = await openCopiedLink(browser(), page, id);
    assert.equal(copied, `${url.origin}${article}?${id}.comparison=merge&${id}.base=2&${id}.size=110&${id}.seed=2#${id}`);
    const totals = [await attribute(page, 'total-comparison'), await attribute(page, 'half-comparison'), await attribute(page, 'half-radix')];

    await waitForWidget(shared.page, id, ['idle']);
    assert.equal(await shared.page.getByLabel('Comparison sort').inputValue(), 'merge');
    assert.equal(await shared.page.getByLabel('Radix sort base').inputValue(), '2');
    assert.deepEqual([await attribute(shared.page, 'total-comparison'), await attribute(shared.page, 'half-comparison'), await attribute(shared.page, 'half-radix')], totals, 'the same shuffle gives the same run');
    assert.deepEqual(shared.page.errors, []);
    assert.deepEqual(page.errors, []);
    await shared.context.close();
    await context.close();
  });

  it('falls back to defaults on junk in the URL and clamps out-of-range numbers', async () => {
    const junk = `${article}?${id}.comparison=bogosort&${id}.base=7&${id}.pace=%3Cscript%3E&${id}.size=9999&${id}.speed=-5&${id}.seed=abc`;
    const { context, page } = await openPage(browser(), junk);
    await waitForWidget(page, id, ['idle']);
    assert.equal(await attribute(page, 'comparison'), 'insertion');
    assert.equal(await attribute(page, 'base'), '10');
    assert.equal(await attribute(page, 'pace'), 'share');
    assert.equal(await attribute(page, 'size'), '200');
    assert.equal(await attribute(page, 'seed'), '1');
    assert.equal(await root(page).getByRole('slider', { name: /^Speed/ }).getAttribute('aria-valuetext'), '10 writes/s', 'speed clamps to its minimum');
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  it('with reduced motion, steps by keyboard one write at a time and Play jumps to the end without animating', async () => {
    const { context, page } = await openPage(browser(), `${article}?${id}.pace=race`, { reducedMotion: 'reduce' });
    await waitForWidget(page, id, ['idle']);
    await root(page).getByRole('button', { name: 'Step' }).focus();
    for (let press = 0; press < 3; press++) await page.keyboard.press('Enter');
    await waitForAttribute(page, 'steps', '6');
    assert.equal(await attribute(page, 'steps-comparison'), '3', 'racing: each sort made three writes');
    assert.equal(await attribute(page, 'steps-radix'), '3');
    await page.evaluate(() => {
      window.__statuses = [];
      new MutationObserver(() => window.__statuses.push(document.querySelector('[data-widget="sorting"]').getAttribute('data-status'))).observe(
        document.querySelector('[data-widget="sorting"]'),
        { attributes: true, attributeFilter: ['data-status'] },
      );
    });
    await root(page).getByRole('button', { name: 'Resume' }).focus();
    await page.keyboard.press('Space');
    await waitForAttribute(page, 'status', 'done');
    assert.equal(await attribute(page, 'sorted'), 'both');
    assert.ok(!(await page.evaluate(() => window.__statuses)).includes('training'), 'never animated');
    await root(page).getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('Enter');
    await waitForAttribute(page, 'steps', '0');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
});
