// Benchmark of the bias demo: seconds from pressing Train (biases on, the default state) to a
// training accuracy of at least 0.95 on the grey images. Called by the bench runner with a
// playwright page and the site's base URL.
const id = 'bias';

export async function measure(page, baseUrl) {
  await page.goto(`${baseUrl}/questions/why-biases`, { waitUntil: 'networkidle' });
  const root = page.locator(`[data-widget="${id}"]`);
  await root.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (id) => {
      const node = document.querySelector(`[data-widget="${id}"]`);
      return node?.getAttribute('data-status') === 'idle' && node.getAttribute('data-backend') && node.getAttribute('data-step') === '0';
    },
    id,
    { timeout: 30_000 },
  );
  const train = root.getByRole('button', { name: 'Train', exact: true });
  await train.waitFor({ state: 'visible' });
  const started = await page.evaluate(() => performance.now());
  await train.click();
  const finished = await page.waitForFunction(
    (id) => {
      const accuracy = Number(document.querySelector(`[data-widget="${id}"]`)?.getAttribute('data-accuracy'));
      return accuracy >= 0.95 ? performance.now() : false;
    },
    id,
    { timeout: 60_000, polling: 'raf' },
  );
  const seconds = ((await finished.jsonValue()) - started) / 1000;
  return { widget: id, outcome: 'training accuracy ≥ 0.95 on the grey images, with biases', seconds: Number(seconds.toFixed(3)) };
}
