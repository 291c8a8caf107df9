const superscripts: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** 10 to an integer power as people write it: 10⁻⁶. */
export function powerOfTen(exponent: number): string {
  return `10${[...String(exponent)].map((character) => superscripts[character] ?? character).join('')}`;
}

/**
 * A positive number spanning many decades, readable: 0.12, 3.4, or 4.0 × 10⁻⁸ below 0.001
 * and above 10,000; '—' when there is none (never NaN on screen).
 */
export function formatScientific(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const size = Math.abs(value);
  if (size === 0) return '0';
  if (size >= 1e-3 && size < 1e4) return Number(value.toPrecision(2)).toLocaleString('en');
  const exponent = Math.floor(Math.log10(size));
  return `${(value / 10 ** exponent).toFixed(1)} × ${powerOfTen(exponent)}`;
}
