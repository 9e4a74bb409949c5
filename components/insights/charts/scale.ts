/** Axis helpers for the SVG charts. */

/** A round axis maximum at or above `value` (1, 2, 5 × 10ⁿ), never below `floor`. */
export function niceMax(value: number, floor = 1): number {
  const v = Math.max(value, floor);
  const power = 10 ** Math.floor(Math.log10(v));
  for (const step of [1, 2, 5, 10]) if (step * power >= v) return step * power;
  return 10 * power;
}

/** Up to `count` + 1 evenly spaced whole-number ticks from 0 to max. */
export function ticks(max: number, count = 4): number[] {
  const step = Math.max(1, Math.ceil(max / count));
  const out: number[] = [];
  for (let v = 0; v <= max; v += step) out.push(v);
  return out;
}

/** Cut a label to fit a column of `chars` characters. */
export function clip(label: string, chars: number): string {
  return label.length > chars ? `${label.slice(0, Math.max(1, chars - 1))}…` : label;
}

/** Column widths of a row chart: a narrower label column (and `narrow`, for shorter value text) when the chart itself is narrow. */
export function rowColumns(width: number, valueWidth: number, wideLabel = 180): { labelW: number; valueW: number; chars: number; narrow: boolean } {
  const narrow = width < 440;
  const labelW = narrow ? 112 : wideLabel;
  const valueW = narrow ? Math.min(valueWidth, 92) : valueWidth;
  // About 6.5 px per character of 12 px system-ui text.
  return { labelW, valueW, chars: Math.floor((labelW - 10) / 6.5), narrow };
}
