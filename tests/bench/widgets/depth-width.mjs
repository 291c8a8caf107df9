// Benchmark of the depth-width demo: seconds from pressing Train until both nets (the
// shallow-wide and the deep-narrow one, default state: 32 units vs 4 layers of 5, seed 1)
// have a training loss (mean squared error) below 0.05, or until both finish their 3,000
// steps, whichever comes first.
import { timeFromTrain } from '../timeFromTrain.mjs';
const id = 'depth-width';
const lossTarget = 0.05;

/** Opens the article in `page`, trains the demo, and returns the seconds to the outcome. */
export async function measure(page, baseUrl) {
  const seconds = await timeFromTrain(page, {
    url: `${baseUrl}/questions/choosing-an-architecture`,
    id,
    arg: { lossTarget },
    ready: ({ id }) => {
      const node = document.querySelector(`[data-widget="${id}"]`);
      return node?.getAttribute('data-status') === 'idle' && node.hasAttribute('data-regions-deep-initial') && node.hasAttribute('data-regions-wide-initial');
    },
    outcome: ({ id, lossTarget }) => {
      const node = document.querySelector(`[data-widget="${id}"]`);
      const below = (name) => Number(node?.getAttribute(`data-loss-${name}`) ?? Infinity) < lossTarget;
      const trained = Number(node?.getAttribute('data-step-wide')) > 0 && Number(node?.getAttribute('data-step-deep')) > 0;
      return (trained && below('wide') && below('deep')) || node?.getAttribute('data-status') === 'done';
    },
    readyTimeout: 60_000,
  });
  return { widget: id, outcome: `both nets' training loss (MSE) below ${lossTarget}, or 3,000 steps done`, seconds };
}
