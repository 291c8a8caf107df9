// Seconds from pressing Train to the collapse demo's expected outcome: ReLU layers above 95%
// validation accuracy on the ring — paced for watching (500 updates/s), and unpaced as a
// reader with reduced motion gets it.

/** Opens the demo with `query`, presses Train, and times until validation accuracy > 0.95. */
async function timeToAccuracy(page, baseUrl, query) {
  await page.goto(`${baseUrl}/questions/why-activation-functions?${query}#collapse`, { waitUntil: 'networkidle' });
  const root = page.locator('[data-widget="collapse"]');
  await root.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('[data-widget="collapse"]')?.getAttribute('data-status') === 'idle' && document.querySelector('[data-widget="collapse"] .train-controls'));
  const started = Date.now();
  await root.getByRole('button', { name: 'Train', exact: true }).click();
  await page.waitForFunction(() => Number(document.querySelector('[data-widget="collapse"]').getAttribute('data-accuracy')) > 0.95, null, { timeout: 60_000, polling: 'raf' });
  return (Date.now() - started) / 1000;
}

export async function measure(page, baseUrl) {
  const paced = await timeToAccuracy(page, baseUrl, 'collapse.activation=relu');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const unpaced = await timeToAccuracy(page, baseUrl, 'collapse.activation=relu');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  return [
    { widget: 'collapse', outcome: 'ReLU stack > 95% validation accuracy (paced, 500 updates/s)', seconds: paced },
    { widget: 'collapse', outcome: 'the same, unpaced (reduced motion)', seconds: unpaced },
  ];
}
