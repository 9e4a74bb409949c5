/** Small statistics used by the insights. Plain numbers in, plain numbers out. */

/** Whole-number percentage of `part` in `whole`, or null when there is no whole. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}

/** Median of the values, or null for none. Even counts average the two middle values. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** One decimal place: enough for hours and rating gaps, and stable in tables. */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
