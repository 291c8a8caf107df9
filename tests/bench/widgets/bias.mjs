// Benchmark of the bias demo: seconds from pressing Train (biases on, the default state) to a
// training accuracy of at least 0.95 on the grey images. Called by the bench runner with a
// playwright page and the site's base URL.
import { timeFromTrain } from '../timeFromTrain.mjs';
const id = 'bias';

export async function measure(page, baseUrl) {
  const seconds = await timeFromTrain(page, {
    url: `${baseUrl}/questions/why-biases`,
    id,
    ready: ({ id }) => {
      const node = document.querySelector(`[data-widget="${id}"]`);
      return node?.getAttribute('data-status') === 'idle' && node.getAttribute('data-backend') && node.getAttribute('data-step') === '0';
    },
    outcome: ({ id }) => Number(document.querySelector(`[data-widget="${id}"]`)?.getAttribute('data-accuracy')) >= 0.95,
    timeout: 60_000,
  });
  return { widget: id, outcome: 'training accuracy ≥ 0.95 on the grey images, with biases', seconds };
}
