/**
 * One sort's array as bars, bar i as tall as its value: one SVG path for all bars (a single
 * node to update per frame, and it renders on the server for the poster), plus the bar just
 * written drawn in the text colour.
 */
export function SortBars({ array, written, label, colour }: { array: Int32Array; written: number | null; label: string; colour: string }) {
  const n = array.length;
  const height = 100;
  let path = '';
  for (let index = 0; index < n; index++) {
    const top = height - ((array[index] + 1) / n) * height;
    path += `M${index} ${height}V${top.toFixed(2)}h0.82V${height}Z`;
  }
  const writtenTop = written === null ? 0 : height - ((array[written] + 1) / n) * height;
  return (
    <svg className="sorting-bars" viewBox={`0 0 ${n} ${height}`} preserveAspectRatio="none" role="img" aria-label={label}>
      <path d={path} fill={colour} />
      {written === null ? null : <rect x={written} y={writtenTop} width={0.82} height={height - writtenTop} fill="var(--text)" />}
    </svg>
  );
}
