// Benchmark of the random-labels demo: seconds from pressing Train (the default state: about
// 500 training digits, 100% of the middle run's labels shuffled) to 100% training accuracy on
// those shuffled labels. Called by the bench runner with a playwright page and the site's base URL.
import { timeFromTrain } from '../timeFromTrain.mjs';
const id = 'random-labels';

export async function measure(page, baseUrl) {
  const seconds = await timeFromTrain(page, {
    url: `${baseUrl}/questions/choosing-an-architecture`,
    id,
    ready: ({ id }) => {
      const node = document.querySelector(`[data-widget="${id}"]`);
      return node?.getAttribute('data-status') === 'idle' && node.getAttribute('data-backend') && node.getAttribute('data-epoch') === '0';
    },
    outcome: ({ id }) => {
      const node = document.querySelector(`[data-widget="${id}"]`);
      return Boolean(node?.getAttribute('data-epochs-to-memorise')) && Number(node.getAttribute('data-train-accuracy')) === 1;
    },
    timeout: 180_000,
  });
  return { widget: id, outcome: '100% training accuracy on fully shuffled labels (about 500 digits)', seconds };
}
