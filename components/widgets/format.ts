/**
 * Numbers as the demos print them: never NaN or ∞ on screen (a dash instead), small values in
 * exponent form so that "exactly 0" and "2.4e-7" read differently.
 */
export function formatNumber(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (value === 0) return '0';
  if (Math.abs(value) < 1e-3) return value.toExponential(1);
  return value.toFixed(digits);
}

/** A fraction in [0, 1] as a percentage with one decimal ("97.5%"), or a dash. */
export function formatPercent(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '–';
  return `${(fraction * 100).toFixed(1)}%`;
}

/** An integer with thousands separators ("10,000"). */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en');
}
