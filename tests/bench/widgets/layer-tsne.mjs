// Benchmark of the layer-tsne demo: seconds from pressing Train to the trained network's
// embeddings and linear-probe accuracies on screen (ten epochs of training on 3,000 digits, then
// a probe and a 500-iteration t-SNE for each of the five layers, all in the worker).

/** Opens the article, presses Train, and times until every layer is drawn with its probe accuracy. */
export async function measure(page, baseUrl) {
  await page.goto(`${baseUrl}/questions/why-structure-emerges`, { waitUntil: 'networkidle' });
  const selector = '[data-widget="layer-tsne"]';
  const root = page.locator(selector);
  await root.scrollIntoViewIfNeeded();
  await page.waitForFunction((selector) => {
    const node = document.querySelector(selector);
    return node?.getAttribute('data-status') === 'idle' && node.hasAttribute('data-step');
  }, selector, { timeout: 30_000 });
  await root.getByRole('button', { name: 'Train', exact: true }).click();
  const began = Date.now();
  await page.waitForFunction((selector) => {
    const node = document.querySelector(selector);
    return node?.getAttribute('data-embedding') === 'done' && node.hasAttribute('data-probe-accuracy');
  }, selector, { timeout: 180_000 });
  const seconds = (Date.now() - began) / 1000;
  const accuracy = (await root.getAttribute('data-probe-accuracy')).split(',').map(Number);
  return {
    widget: 'layer-tsne',
    outcome: `trained 10 epochs, every layer embedded by t-SNE with its probe accuracy shown (input ${accuracy[0]}, last hidden ${accuracy[3]})`,
    seconds,
  };
}
