// The demos' benchmark step shared by tests/bench/widgets/*.mjs: open the page, scroll the demo
// in, wait until it is `ready`, press Train, and time until `outcome` holds. Both predicates run
// in the page with { id, ...arg } and read the demo's data-* attributes.

/** Seconds from pressing the demo's Train button to its outcome, timed in the page. */
export async function timeFromTrain(page, { url, id, ready, outcome, arg = {}, readyTimeout = 30_000, timeout = 120_000 }) {
  await page.goto(url, { waitUntil: 'networkidle' });
  const root = page.locator(`[data-widget="${id}"]`);
  await root.scrollIntoViewIfNeeded();
  await page.waitForFunction(ready, { id, ...arg }, { timeout: readyTimeout });
  const train = root.getByRole('button', { name: 'Train', exact: true }).first();
  await train.waitFor({ state: 'visible' });
  const started = await page.evaluate(() => performance.now());
  await train.click();
  await page.waitForFunction(outcome, { id, ...arg }, { timeout, polling: 'raf' });
  const finished = await page.evaluate(() => performance.now());
  return Number(((finished - started) / 1000).toFixed(3));
}

