import type { ReactNode } from 'react';
import { formatCount } from '../format';
import { AccuracyChart } from './AccuracyChart';
import { countParameters, datasetNames, HIDDEN_LAYERS, randomLabelsSpec, runStyle, UNITS, type RandomLabelsState } from './model';
import { chartEpochs, describeRun, memorisedText, percent } from './readings';
import type { RunReading } from './useRandomLabelRuns';

interface Props {
  state: RandomLabelsState;
  width: number;
  readings: RunReading[];
  controls?: ReactNode;
}

function Legend({ readings, shuffled }: { readings: RunReading[]; shuffled: number }) {
  return (
    <p className="legend" aria-hidden="true">
      {readings.map(({ kind }) => (
        <span key={kind} className="rl-legend-item">
          <span className={kind === 'noise' ? 'legend-line rl-legend-dashed' : 'legend-line'} style={{ borderTopColor: runStyle[kind].colour }} /> {describeRun(kind, shuffled)}
        </span>
      ))}
      <span className="rl-legend-item"><span className="rl-legend-dot" /> 100% training accuracy reached</span>
    </p>
  );
}

/** The numbers the reader compares, per run: accuracies now and the epochs to fit every label. */
function Readouts({ readings, shuffled }: { readings: RunReading[]; shuffled: number }) {
  return (
    <table className="rl-table">
      <caption className="visually-hidden">Accuracy of each run and the epochs it needed to fit every training label</caption>
      <thead>
        <tr><th scope="col">Run</th><th scope="col">Training accuracy</th><th scope="col">Validation accuracy</th><th scope="col">Epochs to 100% training</th></tr>
      </thead>
      <tbody>
        {readings.map((reading) => (
          <tr key={reading.kind}>
            <th scope="row"><span className="rl-swatch" style={{ background: runStyle[reading.kind].colour }} aria-hidden="true" />{describeRun(reading.kind, shuffled)}</th>
            <td>{percent(reading.trainAccuracy)}</td>
            <td>{percent(reading.validationAccuracy)}</td>
            <td>{memorisedText(reading)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The demo at any state: the poster renders it before training, the live widget with three runs. */
export function RandomLabelsView({ state, width, readings, controls }: Props) {
  const side = width >= 620 ? Math.floor((width - 24) / 2) : width;
  const epochs = chartEpochs(readings);
  const parameters = formatCount(countParameters(randomLabelsSpec(state.dataset)));
  return (
    <div className="random-labels">
      {controls}
      <p className="rl-heading">
        <strong>One network, three training sets.</strong> {HIDDEN_LAYERS} hidden layers of {UNITS} ReLUs ({parameters} weights and biases), trained with Adam on about {formatCount(state.trainSize)} {datasetNames[state.dataset]}; validation on about {formatCount(state.trainSize)} other samples with their true labels. Noise inputs: each training image replaced by random values of the same mean and spread, labels kept. Each run stops when it fits all its training labels.
      </p>
      <Legend readings={readings} shuffled={state.shuffled} />
      <div className="rl-pair">
        <AccuracyChart which="training" readings={readings} shuffled={state.shuffled} epochs={epochs} width={side} />
        <AccuracyChart which="validation" readings={readings} shuffled={state.shuffled} epochs={epochs} width={side} />
      </div>
      <Readouts readings={readings} shuffled={state.shuffled} />
    </div>
  );
}
