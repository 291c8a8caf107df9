import { formatNumber } from '../format';

interface Props {
  /** Mean activation per class, or null before training. */
  means: number[] | null;
  topClass: number;
  width: number;
}

const height = 170;
const margin = { top: 22, right: 8, bottom: 34, left: 8 };
const classes = Array.from({ length: 10 }, (_, digit) => digit);

/** Ten bars, one per digit class, of a unit's mean activation, each value printed; the top class stands out. */
export function ClassBars({ means, topClass, width }: Props) {
  const inner = Math.max(100, width - margin.left - margin.right);
  const band = inner / classes.length;
  const largest = means ? Math.max(0, ...means.filter(Number.isFinite)) : 0;
  const barHeight = (value: number) => (largest > 0 && Number.isFinite(value) ? (Math.max(0, value) / largest) * (height - margin.top - margin.bottom) : 0);
  const base = height - margin.bottom;
  const label = means
    ? `Mean activation per digit class: ${means.map((value, digit) => `${digit}: ${formatNumber(value, 2)}`).join(', ')}. Highest: ${topClass}.`
    : 'Mean activation per digit class: not trained yet.';
  return (
    <svg className="neurons-bars" width={inner + margin.left + margin.right} height={height} viewBox={`0 0 ${inner + margin.left + margin.right} ${height}`} role="img" aria-label={label}>
      <line x1={margin.left} x2={margin.left + inner} y1={base} y2={base} className="neurons-axis" />
      {classes.map((digit) => {
        const value = means?.[digit] ?? 0;
        const h = barHeight(value);
        const x = margin.left + digit * band;
        const top = digit === topClass;
        return (
          <g key={digit} className={top ? 'neurons-bar neurons-bar-top' : 'neurons-bar'}>
            <rect x={x + band * 0.15} width={band * 0.7} y={base - h} height={h} />
            <text x={x + band / 2} y={base - h - 5} textAnchor="middle" className="neurons-bar-value" style={band < 40 ? { fontSize: '0.62rem' } : undefined}>
              {means ? formatNumber(value, 2) : ''}
            </text>
            <text x={x + band / 2} y={base + 15} textAnchor="middle" className="neurons-bar-digit">
              {digit}
            </text>
          </g>
        );
      })}
      <text x={margin.left + inner / 2} y={height - 3} textAnchor="middle" className="neurons-bar-axis-label">
        digit class (bar = mean activation)
      </text>
    </svg>
  );
}
