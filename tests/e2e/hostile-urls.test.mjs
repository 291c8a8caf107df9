import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { controls, trainingDemos, waitForTraining } from './faultHelpers.mjs';
import { collectDialogs, openPage, useBrowser, waitForWidget } from './helpers.mjs';

const browser = useBrowser();

/** Each demo's id and URL keys, read from its schema file (components/widgets/<Name>/state.ts). */
const demos = readdirSync('components/widgets', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => {
    let source;
    try {
      source = readFileSync(`components/widgets/${entry.name}/state.ts`, 'utf8');
    } catch {
      return [];
    }
    const block = source.slice(source.indexOf('defineSchema({'), source.indexOf('\n});', source.indexOf('defineSchema({')));
    const keys = [...block.matchAll(/^ {2}([a-zA-Z]+):/gm)].map((match) => match[1]);
    return [{ id: entry.name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase(), keys }];
  });

const PAYLOADS = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>',
  '__proto__', 'constructor', 'x'.repeat(5000), 'Infinity', '-1e999', '3abc',
];

/** Signs of a payload that made it into the page or the copied link. */
const LEAK = /<script|onerror|javascript:|data:text|__proto__|constructor|xxxxxxxxxx|Infinity|1e999|3abc/i;

describe('hostile URLs: every demo parameter', () => {
  it(`${demos.length} demos with XSS payloads, prototype keys, 5 kB strings and bad numbers in every parameter: no dialog, no script, defaults, working page`, async () => {
    assert.ok(demos.length >= 10 && demos.every((demo) => demo.keys.length > 0), JSON.stringify(demos));
    for (const [index, demo] of demos.entries()) {
      // Every parameter gets a payload, rotated so that each demo sees all of them across its keys.
      const query = demo.keys.map((key, position) => `${demo.id}.${key}=${encodeURIComponent(PAYLOADS[(index + position) % PAYLOADS.length])}`).join('&');
      const extra = `&${demo.id}.__proto__=x&${demo.id}.constructor=x`;
      const { context, page } = await openPage(browser(), `/lab/${demo.id}?${query}${extra}`, { permissions: ['clipboard-read', 'clipboard-write'] });
      const dialogs = collectDialogs(page);
      const inlineBefore = await page.evaluate(() => document.querySelectorAll('script:not([src])').length);
      await waitForWidget(page, demo.id, ['idle', 'done']);
      const root = page.locator(`[data-widget="${demo.id}"]`);
      const scripts = await page.evaluate(() => ({
        inline: document.querySelectorAll('script:not([src])').length,
        foreign: [...document.querySelectorAll('script[src]')].map((script) => script.getAttribute('src')).filter((src) => !src.startsWith('/_next/')),
        handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
      }));
      assert.deepEqual(scripts, { inline: inlineBefore, foreign: [], handlers: 0 }, `${demo.id}: no new script or handler`);
      assert.doesNotMatch(await root.textContent(), LEAK, `${demo.id}: no payload on screen`);
      await root.getByRole('button', { name: 'Copy link to this demo' }).click();
      const copied = decodeURIComponent(await page.evaluate(() => navigator.clipboard.readText()));
      assert.doesNotMatch(copied, LEAK, `${demo.id}: the state fell back, so the copied link carries no payload (${copied.slice(0, 200)})`);
      assert.deepEqual(dialogs, [], `${demo.id}: no dialog`);
      assert.deepEqual(page.errors, [], `${demo.id}: no console errors`);
      assert.notEqual(await root.getAttribute('data-status'), 'error');
      await context.close();
    }
  });

  it('every training demo with every size at its cap (a URL asking for 1e9 of each) stays within the memory budget and trains', async () => {
    for (const id of trainingDemos) {
      const { keys } = demos.find((demo) => demo.id === id);
      const query = keys.filter((key) => key !== 'seed').map((key) => `${id}.${key}=1e9`).join('&');
      const { context, page } = await openPage(browser(), `/lab/${id}?${query}`);
      const buttons = await controls(page, id);
      await buttons.getByRole('button', { name: 'Train', exact: true }).click();
      await waitForTraining(page, id, 1, 60_000);
      assert.notEqual(await page.locator(`[data-widget="${id}"]`).getAttribute('data-status'), 'error', id);
      assert.doesNotMatch(await page.locator(`[data-widget="${id}"]`).textContent(), /a demo may use/, `${id}: not refused by the memory budget`);
      assert.deepEqual(page.errors, [], id);
      await context.close();
    }
  });
});
