import { markerNames, type Marker } from './readout';

/** The verdict, named and explained in one line, with a symbol so it does not rely on colour. */
export function RegimeMarker({ marker, reason }: { marker: Marker; reason: string }) {
  const symbol = { pending: '…', underfit: '▽', goodFit: '✓', overfit: '△', diverged: '✕' }[marker];
  return (
    <p className={`fit-regime fit-regime-${marker}`} role="status">
      <strong><span aria-hidden="true">{symbol}</span> {markerNames[marker]}.</strong> {reason}
    </p>
  );
}
