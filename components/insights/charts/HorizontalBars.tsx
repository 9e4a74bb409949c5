import { clip, niceMax, rowColumns } from './scale';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** What is written at the end of the bar, e.g. "50 % · 2". */
  display: string;
  /** CSS class giving the bar its colour (e.g. a cause's series class). */
  tone?: string;
  /** A target line drawn across the bar (same unit as value). */
  marker?: number;
}

const ROW_H = 30;
const BAR_H = 16;

/** One bar per row, label on the left and the figure on the right: the simplest chart to read. */
export function HorizontalBars({ bars, max, titleId, summaryId, markerLabel, width: WIDTH = 560 }: {
  width?: number;
  bars: readonly Bar[];
  max?: number;
  titleId: string;
  summaryId: string;
  /** Said once under the chart when bars carry a marker, e.g. "│ target". */
  markerLabel?: string;
}) {
  const top = niceMax(max ?? Math.max(0, ...bars.flatMap((b) => [b.value, b.marker ?? 0])));
  const { labelW: LABEL_W, valueW: VALUE_W, chars } = rowColumns(WIDTH, 96);
  const plot = WIDTH - LABEL_W - VALUE_W;
  const x = (v: number) => LABEL_W + (Math.max(0, v) / top) * plot;
  const height = bars.length * ROW_H + (markerLabel ? 18 : 4);
  return (
    <svg className="chart-svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId} aria-describedby={summaryId}>
      {bars.map((b, i) => {
        const y = i * ROW_H + (ROW_H - BAR_H) / 2;
        return (
          <g key={b.key}>
            <text x={LABEL_W - 8} y={y + BAR_H / 2} className="axis-label" textAnchor="end" dominantBaseline="central">
              <title>{b.label}</title>
              {clip(b.label, chars)}
            </text>
            <rect x={LABEL_W} y={y} width={plot} height={BAR_H} className="track" rx={3} />
            {b.value > 0 && <rect x={LABEL_W} y={y} width={Math.max(2, x(b.value) - LABEL_W)} height={BAR_H} className={`bar ${b.tone ?? ''}`} rx={3} />}
            {b.marker !== undefined && (
              <line x1={x(b.marker)} x2={x(b.marker)} y1={y - 4} y2={y + BAR_H + 4} className="marker" />
            )}
            <text x={WIDTH - VALUE_W + 8} y={y + BAR_H / 2} className="value-label" dominantBaseline="central">
              {b.display}
            </text>
          </g>
        );
      })}
      {markerLabel && (
        <g className="legend-inline">
          <line x1={LABEL_W} x2={LABEL_W} y1={height - 12} y2={height - 2} className="marker" />
          <text x={LABEL_W + 6} y={height - 7} className="axis-label" dominantBaseline="central">{markerLabel}</text>
        </g>
      )}
    </svg>
  );
}
