// Benchmark of the universal demo: seconds from pressing Train, with 16 hidden units on the
// sine (seed 1), until the trained net's max error on [−1, 1] is below 0.3, or until its
// 4,000 steps are done, whichever comes first.
import { timeFromTrain } from '../timeFromTrain.mjs';
const id = 'universal';
const errorTarget = 0.3;

/** Opens the article in `page`, trains the demo, and returns the seconds to the outcome. */
export async function measure(page, baseUrl) {
  const seconds = await timeFromTrain(page, {
    url: `${baseUrl}/questions/choosing-an-architecture?${id}.units=16`,
    id,
    arg: { errorTarget },
    ready: ({ id }) => {
      const node = document.querySelector(`[data-widget="${id}"]`);
      return node?.getAttribute('data-status') === 'idle' && node.getAttribute('data-method') === 'constructed' && node.querySelector('.controls');
    },
    outcome: ({ id, errorTarget }) => {
      const node = document.querySelector(`[data-widget="${id}"]`);
      const close = node?.getAttribute('data-method') === 'trained' && Number(node?.getAttribute('data-max-error') ?? Infinity) < errorTarget;
      return close || node?.getAttribute('data-status') === 'done';
    },
    readyTimeout: 60_000,
  });
  return { widget: id, outcome: `16 trained units within ${errorTarget} of the sine (max error), or 4,000 steps done`, seconds };
}
