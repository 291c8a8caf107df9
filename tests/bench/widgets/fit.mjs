// Seconds from pressing Train to the fit demo's expected outcome: with the overfit preset
// (6 × 32 units on 80 noisy XOR points), the marker reads "overfit" — validation loss has
// climbed from its minimum while training loss kept falling. Paced for watching (400 updates/s).

const query = 'fit.dataset=xor&fit.noise=0.3&fit.trainShare=0.2&fit.layers=6&fit.units=32&fit.learningRate=0.002';

export async function measure(page, baseUrl) {
  await page.goto(`${baseUrl}/questions/choosing-an-architecture?${query}#fit`, { waitUntil: 'networkidle' });
  const root = page.locator('[data-widget="fit"]');
  await root.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('[data-widget="fit"]')?.getAttribute('data-status') === 'idle' && document.querySelector('[data-widget="fit"] .train-controls'));
  const started = Date.now();
  await root.getByRole('button', { name: 'Train', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('[data-widget="fit"]').getAttribute('data-regime') === 'overfit', null, { timeout: 90_000, polling: 'raf' });
  const seconds = (Date.now() - started) / 1000;
  await root.getByRole('button', { name: 'Pause', exact: true }).click({ timeout: 2000 }).catch(() => {});
  return { widget: 'fit', outcome: 'overfit preset: the marker reads overfit (validation loss up from its minimum while training loss falls)', seconds };
}
