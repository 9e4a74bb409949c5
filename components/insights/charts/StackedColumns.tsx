import { niceMax, ticks } from './scale';

export interface ColumnSeries {
  key: string;
  /** CSS class giving the series its colour. */
  tone: string;
}

export interface StackedColumn {
  key: string;
  /** Short label under the column ("Apr"); a second line for the year when it changes. */
  label: string;
  sublabel?: string;
  values: Readonly<Record<string, number>>;
}

const HEIGHT = 220;
const LEFT = 32;
const BOTTOM = 36;
const TOP = 8;

/** Counts over time, split by series: one column per month, stacked in the series' order. */
export function StackedColumns({ columns, series, titleId, summaryId, width: WIDTH = 560 }: {
  width?: number;
  columns: readonly StackedColumn[];
  series: readonly ColumnSeries[];
  titleId: string;
  summaryId: string;
}) {
  const totals = columns.map((c) => series.reduce((sum, s) => sum + (c.values[s.key] ?? 0), 0));
  const top = niceMax(Math.max(0, ...totals), 2);
  const plotH = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT) / Math.max(1, columns.length);
  const barW = Math.min(36, slot * 0.7);
  const y = (v: number) => TOP + plotH - (v / top) * plotH;
  // Every label when they fit (about 36 px each); otherwise every 2nd or 3rd, so they never overlap.
  const every = Math.max(1, Math.ceil((columns.length * 36) / (WIDTH - LEFT)));
  return (
    <svg className="chart-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} aria-describedby={summaryId}>
      {ticks(top).map((v) => (
        <g key={v}>
          <line x1={LEFT} x2={WIDTH} y1={y(v)} y2={y(v)} className={v === 0 ? 'axis' : 'grid'} />
          <text x={LEFT - 6} y={y(v)} className="axis-label" textAnchor="end" dominantBaseline="central">{v}</text>
        </g>
      ))}
      {columns.map((c, i) => {
        const x = LEFT + i * slot + (slot - barW) / 2;
        let base = 0;
        return (
          <g key={c.key}>
            {series.map((s) => {
              const v = c.values[s.key] ?? 0;
              if (v <= 0) return null;
              const rect = <rect key={s.key} x={x} y={y(base + v)} width={barW} height={y(base) - y(base + v)} className={`bar ${s.tone}`} />;
              base += v;
              return rect;
            })}
            {i % every === 0 && (
              <text x={x + barW / 2} y={HEIGHT - BOTTOM + 14} className="axis-label" textAnchor="middle">
                {c.label}
                {c.sublabel && <tspan x={x + barW / 2} dy={13}>{c.sublabel}</tspan>}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
