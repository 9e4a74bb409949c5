import { clip, niceMax, rowColumns } from './scale';

export interface StackedRow {
  key: string;
  label: string;
  /** Segments left to right; zero-width ones are skipped. */
  segments: readonly { key: string; value: number; tone: string }[];
  display: string;
}

const ROW_H = 30;
const BAR_H = 16;

/** Rows of stacked segments on one shared scale, e.g. causes per client. */
export function StackedBars({ rows, titleId, summaryId, width: WIDTH = 560 }: { rows: readonly StackedRow[]; titleId: string; summaryId: string; width?: number }) {
  const top = niceMax(Math.max(0, ...rows.map((r) => r.segments.reduce((sum, s) => sum + s.value, 0))));
  const { labelW: LABEL_W, valueW: VALUE_W, chars } = rowColumns(WIDTH, 96);
  const plot = WIDTH - LABEL_W - VALUE_W;
  const height = rows.length * ROW_H + 4;
  return (
    <svg className="chart-svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId} aria-describedby={summaryId}>
      {rows.map((row, i) => {
        const y = i * ROW_H + (ROW_H - BAR_H) / 2;
        let x = LABEL_W;
        return (
          <g key={row.key}>
            <text x={LABEL_W - 8} y={y + BAR_H / 2} className="axis-label" textAnchor="end" dominantBaseline="central">
              <title>{row.label}</title>
              {clip(row.label, chars)}
            </text>
            <rect x={LABEL_W} y={y} width={plot} height={BAR_H} className="track" rx={3} />
            {row.segments.map((s) => {
              if (s.value <= 0) return null;
              const w = (s.value / top) * plot;
              const rect = <rect key={s.key} x={x} y={y} width={w} height={BAR_H} className={`bar ${s.tone}`} />;
              x += w;
              return rect;
            })}
            <text x={WIDTH - VALUE_W + 8} y={y + BAR_H / 2} className="value-label" dominantBaseline="central">{row.display}</text>
          </g>
        );
      })}
    </svg>
  );
}
