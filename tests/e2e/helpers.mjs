// Shared pieces of the end-to-end tests: one browser per test file, pages that record their
// console errors, and an axe check against WCAG 2.2 AA.
import { AxeBuilder } from '@axe-core/playwright';
import { after, before } from 'node:test';
import { launchBrowser } from './browser.mjs';

export const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:3100';

export const questionPages = [
  { path: '/questions/why-layers', title: 'Why are neural networks structured in layers and not some other way?' },
  { path: '/questions/why-biases', title: 'Why are biases used?' },
  { path: '/questions/why-activation-functions', title: 'Why do we use activation functions? Why is ReLU better than sigmoid?' },
  {
    path: '/questions/choosing-an-architecture',
    title: 'How does one determine the architecture of a network, is there an arcane formula beyond intuition or luck?',
  },
  { path: '/questions/why-structure-emerges', title: 'Why does the network seem to learn structures that make sense?' },
];

/** Starts one Chromium for the test file and closes it afterwards; returns a getter. */
export function useBrowser() {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  return () => browser;
}

/**
 * Opens a page in a fresh context (options as browser.newContext takes them) and collects its
 * console errors and uncaught exceptions in page.errors.
 */
export async function openPage(browser, path, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  page.on('pageerror', (error) => page.errors.push(String(error)));
  const response = await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
  return { context, page, response };
}

/** The axe violations of WCAG 2.0-2.2 A and AA rules on the page as it is now. */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join('; ')})`);
}

/** Scrolls a demo into view and waits until its frame reports one of the given statuses. */
export async function waitForWidget(page, id, statuses = ['done', 'paused', 'idle', 'training']) {
  const root = page.locator(`[data-widget="${id}"]`);
  await root.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    ({ id, statuses }) => {
      const node = document.querySelector(`[data-widget="${id}"]`);
      return node && statuses.includes(node.getAttribute('data-status')) && node.querySelector('.controls');
    },
    { id, statuses },
    { timeout: 20_000 },
  );
  return root;
}

/**
 * Starts watching the page's main thread for long tasks; the returned async function stops
 * and gives `{ busy, long }`: `busy`, the tasks that did over 50 ms of work (thread CPU time,
 * from a Chrome trace), and `long`, the tasks over 50 ms by the wall clock (the Long Tasks
 * API). On a machine shared by many processes a task of 5 ms of work can span 100 ms of wall
 * time while the thread waits for a core, so tests assert on `busy`; `long` is for the log.
 */
export async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
  });
  const session = await page.context().newCDPSession(page);
  const events = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await session.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] } });
  return async () => {
    const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
    await session.send('Tracing.end');
    await complete;
    await session.detach();
    const main = new Set(events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
    const tasks = events.filter((event) => event.name === 'RunTask' && event.ph === 'X' && main.has(`${event.pid}:${event.tid}`));
    if (tasks.length === 0) throw new Error('the trace saw no task on the main thread');
    const busy = tasks.map((event) => Math.round((event.tdur ?? event.dur) / 1000)).filter((cpuMs) => cpuMs > 50);
    const long = await page.evaluate(() => window.__longTasks.slice());
    if (long.length > 0) console.log(`# long tasks by the wall clock: ${long.join(', ')} ms; over 50 ms of CPU: ${busy.length ? busy.join(', ') : 'none'}`);
    return { busy, long };
  };
}

/** Presses a demo's Train button and waits until its frame reports one of `statuses`. */
export async function trainUntil(page, id, statuses = ['done'], timeout = 60_000) {
  const root = page.locator(`[data-widget="${id}"]`);
  await root.getByRole('button', { name: 'Train', exact: true }).click();
  await page.waitForFunction(
    ({ id, statuses }) => statuses.includes(document.querySelector(`[data-widget="${id}"]`)?.getAttribute('data-status')),
    { id, statuses },
    { timeout },
  );
  return root;
}

/** A demo's data-* attributes as an object of strings (data-back-edges → backEdges). */
export async function readNumbers(page, id) {
  return page.locator(`[data-widget="${id}"]`).evaluate((node) => {
    const numbers = {};
    for (const { name, value } of node.attributes) {
      if (name.startsWith('data-')) numbers[name.slice(5).replace(/-([a-z])/g, (_, letter) => letter.toUpperCase())] = value;
    }
    return numbers;
  });
}

/**
 * Waits until a demo's data-<name> reads `value` (name in camelCase, as readNumbers gives it):
 * the frame writes its numbers in an effect after the render a key press causes, so a read
 * straight after the press may still see the previous ones.
 */
export async function waitForNumber(page, id, name, value, timeout = 10_000) {
  const attribute = `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
  await page.waitForFunction(
    ({ id, attribute, value }) => document.querySelector(`[data-widget="${id}"]`)?.getAttribute(attribute) === value,
    { id, attribute, value: String(value) },
    { timeout },
  );
}

/**
 * Presses the demo's "Copy link to this demo" and opens the copied link in a fresh context:
 * the URL round trip every demo's e2e checks. Returns the copied link and the new page.
 */
export async function openCopiedLink(browser, page, id) {
  await page.locator(`[data-widget="${id}"]`).getByRole('button', { name: 'Copy link to this demo' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const shared = await openPage(browser, copied.replace(new URL(page.url()).origin, ''));
  return { copied, shared };
}

/** Dismisses every dialog the page opens and keeps their messages: a hostile URL must open none. */
export function collectDialogs(page) {
  const messages = [];
  page.on('dialog', (dialog) => {
    messages.push(dialog.message());
    void dialog.dismiss();
  });
  return messages;
}
