// Benchmark of the random-labels demo: seconds from pressing Train (the default state: about
// 500 training digits, 100% of the middle run's labels shuffled) to 100% training accuracy on
// those shuffled labels. Called by the bench runner with a playwright page and the site's base URL.
const id = 'random-labels';

export async function measure(page, baseUrl) {
  await page.goto(`${baseUrl}/questions/choosing-an-architecture`, { waitUntil: 'networkidle' });
  const root = page.locator(`[data-widget="${id}"]`);
  await root.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (id) => {
      const node = document.querySelector(`[data-widget="${id}"]`);
      return node?.getAttribute('data-status') === 'idle' && node.getAttribute('data-backend') && node.getAttribute('data-epoch') === '0';
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
      const node = document.querySelector(`[data-widget="${id}"]`);
      return node?.getAttribute('data-epochs-to-memorise') && Number(node.getAttribute('data-train-accuracy')) === 1 ? performance.now() : false;
    },
    id,
    { timeout: 180_000, polling: 'raf' },
  );
  const seconds = ((await finished.jsonValue()) - started) / 1000;
  return { widget: id, outcome: '100% training accuracy on fully shuffled labels (about 500 digits)', seconds: Number(seconds.toFixed(3)) };
}
