// Seconds from pressing Train to the gradients demo's expected outcome at depth 10: a gradient
// ratio (first layer over output layer) shown for both sigmoid and ReLU, with ReLU's at least
// 100 times sigmoid's — paced for watching (200 updates/s), and unpaced (reduced motion).

/** Opens the demo at depth 10, presses Train, and times until both ratios are shown and apart. */
async function timeToRatios(page, baseUrl) {
  await page.goto(`${baseUrl}/questions/why-activation-functions?gradients.depth=10#gradients`, { waitUntil: 'networkidle' });
  const root = page.locator('[data-widget="gradients"]');
  await root.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('[data-widget="gradients"]')?.getAttribute('data-status') === 'idle' && document.querySelector('[data-widget="gradients"] .train-controls'));
  const started = Date.now();
  await root.getByRole('button', { name: 'Train', exact: true }).click();
  await page.waitForFunction(() => {
    const node = document.querySelector('[data-widget="gradients"]');
    const sigmoid = Number(node.getAttribute('data-grad-ratio-sigmoid'));
    const relu = Number(node.getAttribute('data-grad-ratio-relu'));
    return sigmoid > 0 && relu / sigmoid >= 100;
  }, null, { timeout: 60_000, polling: 'raf' });
  return (Date.now() - started) / 1000;
}

export async function measure(page, baseUrl) {
  const paced = await timeToRatios(page, baseUrl);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const unpaced = await timeToRatios(page, baseUrl);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  return [
    { widget: 'gradients', outcome: 'depth 10: sigmoid’s and ReLU’s gradient ratios shown, ReLU’s ≥ 100× sigmoid’s (paced, 200 updates/s)', seconds: paced },
    { widget: 'gradients', outcome: 'the same, unpaced (reduced motion)', seconds: unpaced },
  ];
}
