// Benchmark of the universal demo: seconds from pressing Train, with 16 hidden units on the
// sine (seed 1), until the trained net's max error on [−1, 1] is below 0.3, or until its
// 4,000 steps are done, whichever comes first.
const id = 'universal';
const errorTarget = 0.3;

/** Opens the article in `page`, trains the demo, and returns the seconds to the outcome. */
export async function measure(page, baseUrl) {
  await page.goto(`${baseUrl}/questions/choosing-an-architecture?${id}.units=16`, { waitUntil: 'networkidle' });
  const root = page.locator(`[data-widget="${id}"]`);
  await root.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (id) => {
      const node = document.querySelector(`[data-widget="${id}"]`);
      return node?.getAttribute('data-status') === 'idle' && node.getAttribute('data-method') === 'constructed' && node.querySelector('.controls');
    },
    id,
    { timeout: 60_000 },
  );
  const button = root.getByRole('button', { name: 'Train', exact: true });
  const started = await page.evaluate(() => performance.now());
  await button.click();
  const finished = await page.waitForFunction(
    ({ id, errorTarget }) => {
      const node = document.querySelector(`[data-widget="${id}"]`);
      const trained = node?.getAttribute('data-method') === 'trained';
      const close = Number(node?.getAttribute('data-max-error') ?? Infinity) < errorTarget;
      return (trained && close) || node?.getAttribute('data-status') === 'done' ? performance.now() : false;
    },
    { id, errorTarget },
    { timeout: 120_000, polling: 'raf' },
  );
  const seconds = ((await finished.jsonValue()) - started) / 1000;
  return { widget: id, outcome: `16 trained units within ${errorTarget} of the sine (max error), or 4,000 steps done`, seconds: Number(seconds.toFixed(2)) };
}
