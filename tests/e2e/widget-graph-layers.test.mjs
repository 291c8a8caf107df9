import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations, baseUrl, openPage, useBrowser, waitForWidget, watchLongTasks, readNumbers } from './helpers.mjs';

const browser = useBrowser();
const article = '/questions/why-layers';
const id = 'graph-layers';

// The article's six-neuron example: x1 = 0, x2 = 1, a = 2, b = 3, c = 4, y = 5, and the feedback
// synapse c → a. Longest path from the inputs x1 → a → c → y: 3 edges; shortest-route depth 2.
const example = '0-2,1-2,1-3,2-4,3-4,0-4,4-5,4-2';
// A chain 0 → 2 → … → 7 closed by 7 → 2, and a shortcut 1 → 7: longest path 6, depth 5.
const chain = '0-2,2-3,3-4,4-5,5-6,6-7,7-2,1-7';

const withGraph = (size, edges, extra = '') => `${article}?${id}.size=${size}&${id}.edges=${edges}${extra}`;


const urlEdges = (page) => new URL(page.url()).searchParams.get(`${id}.edges`);

describe('the graph-layers demo', () => {
  it('loads lazily and gives layers = the longest path of a hand-made graph from the URL', async () => {
    const { context, page } = await openPage(browser(), withGraph(6, example));
    const root = page.locator(`[data-widget="${id}"]`);
    assert.equal(await root.getAttribute('data-status'), 'idle', 'not loaded while far from the viewport');
    assert.equal(await root.locator('.controls').count(), 0, 'the poster has no controls');
    assert.equal(await root.locator('svg[role="img"]').count(), 1, 'the poster shows the graph');
    await waitForWidget(page, id, ['done']);
    let numbers = await readNumbers(page, id);
    assert.equal(numbers.backend, 'none');
    assert.deepEqual([numbers.nodes, numbers.edges, numbers.backEdges, numbers.layers, numbers.diameter, numbers.carries], ['6', '8', '1', '3', '2', '1']);
    // 7 kept edges in the dense stack 2·3 + 3·1 + 1·1 = 10 weights.
    assert.equal(numbers.density, '0.7');

    await page.goto(page.url().replace(example, chain).replace('size=6', 'size=8'), { waitUntil: 'networkidle' });
    await waitForWidget(page, id, ['done']);
    numbers = await readNumbers(page, id);
    assert.deepEqual([numbers.nodes, numbers.backEdges, numbers.layers, numbers.diameter], ['8', '1', '6', '5']);
    assert.match(await root.locator('svg[role="img"]').getAttribute('aria-label'), /8 neurons and 8 edges/);
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  it('edits edges by keyboard and pointer, steps through, round-trips the URL and stays accessible', async () => {
    const { context, page } = await openPage(browser(), withGraph(6, example));
    const root = await waitForWidget(page, id, ['done']);
    const longTasks = await watchLongTasks(page);

    // Keyboard: From 0, To 5, then the button adds 0 → 5: one more edge, a second carry of x1.
    await page.getByLabel('From neuron').focus();
    await page.keyboard.press('Home');
    await page.getByLabel('To neuron').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Add edge 0→5');
    await page.keyboard.press('Enter');
    let numbers = await readNumbers(page, id);
    assert.deepEqual([numbers.edges, numbers.layers, numbers.diameter, numbers.carries], ['9', '3', '1', '2']);
    assert.equal(urlEdges(page), `${example},0-5`);
    await page.keyboard.press('Enter');
    assert.equal((await readNumbers(page, id)).edges, '8', 'the same button removes it again');
    assert.equal(urlEdges(page), example);

    // Pointer: click y then x1 to add the feedback edge 5 → 0, a second loop to cut.
    await root.locator('.graph-layers-node').nth(5).click();
    await root.locator('.graph-layers-node').nth(0).click();
    numbers = await readNumbers(page, id);
    assert.deepEqual([numbers.edges, numbers.backEdges, numbers.layers], ['9', '2', '3']);
    assert.equal(urlEdges(page), `${example},5-0`);

    // Step to the matrices by keyboard.
    const next = root.getByRole('button', { name: 'Next' });
    await next.focus();
    for (let press = 0; press < 4; press++) await page.keyboard.press('Enter');
    // Each press re-renders; on a busy machine the last may land a moment after the keys.
    await page.waitForFunction(() => document.querySelector('[data-widget="graph-layers"]')?.getAttribute('data-stage') === '5');
    assert.equal(await root.locator('.graph-layers-matrix').count(), 3);
    assert.equal(await root.locator('rect.graph-layers-cell-edge').count(), 7);
    assert.deepEqual((await longTasks()).busy, []);
    assert.deepEqual(await axeViolations(page), []);

    const before = await readNumbers(page, id);
    const copied = page.url();
    const reopened = await context.newPage();
    await reopened.goto(copied, { waitUntil: 'networkidle' });
    await waitForWidget(reopened, id, ['done']);
    assert.deepEqual(await readNumbers(reopened, id), before);
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  it('falls back to the seeded graph on junk and clamps out-of-range numbers', async () => {
    const junk = `${article}?${id}.edges=${encodeURIComponent('<img src=x onerror=alert(1)>')}&${id}.size=99&${id}.stage=abc&${id}.seed=-4`;
    const { context, page } = await openPage(browser(), junk);
    const root = await waitForWidget(page, id, ['done']);
    const numbers = await readNumbers(page, id);
    assert.deepEqual([numbers.nodes, numbers.stage], ['16', '1']);
    assert.ok(Number(numbers.backEdges) >= 1 && Number(numbers.layers) >= 2, 'a seeded graph with loops');
    assert.equal(await root.locator('img').count(), 0, 'nothing from the URL becomes markup');

    // A well-formed list that does not fit the size also falls back, and says so.
    await page.goto(baseUrl + withGraph(5, '0-9,9-2'), { waitUntil: 'networkidle' });
    await waitForWidget(page, id, ['done']);
    assert.equal((await readNumbers(page, id)).nodes, '5');
    assert.match(await root.locator('.graph-layers-note').textContent(), /does not fit 5 neurons/);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
});
