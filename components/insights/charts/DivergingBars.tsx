import { clip, rowColumns } from './scale';

export interface DivergingBar {
  key: string;
  label: string;
  /** Signed value on a symmetric scale around 0. */
  value: number;
  display: string;
  /** Shown instead of `display` when the chart is narrow. */
  compact?: string;
}

const ROW_H = 28;
const BAR_H = 14;
const HEAD = 22;

/**
 * Signed values around a centre line, e.g. rating gaps: to the right the
 * recruiter rated higher than the interview showed, to the left lower.
 */
export function DivergingBars({ bars, limit, leftLabel, rightLabel, titleId, summaryId, width: WIDTH = 560 }: {
  width?: number;
  bars: readonly DivergingBar[];
  /** The scale runs from −limit to +limit. */
  limit: number;
  leftLabel: string;
  rightLabel: string;
  titleId: string;
  summaryId: string;
}) {
  const { labelW: LABEL_W, valueW: VALUE_W, chars, narrow } = rowColumns(WIDTH, 150, 160);
  const plot = WIDTH - LABEL_W - VALUE_W;
  const centre = LABEL_W + plot / 2;
  const scale = (v: number) => (Math.min(Math.abs(v), limit) / limit) * (plot / 2);
  const height = HEAD + bars.length * ROW_H;
  return (
    <svg className="chart-svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId} aria-describedby={summaryId}>
      <text x={centre - 6} y={10} className="axis-label" textAnchor="end" dominantBaseline="central">← {leftLabel}</text>
      <text x={centre + 6} y={10} className="axis-label" dominantBaseline="central">{rightLabel} →</text>
      <line x1={centre} x2={centre} y1={HEAD - 4} y2={height} className="axis" />
      {bars.map((b, i) => {
        const y = HEAD + i * ROW_H + (ROW_H - BAR_H) / 2;
        const w = scale(b.value);
        return (
          <g key={b.key}>
            <text x={LABEL_W - 8} y={y + BAR_H / 2} className="axis-label" textAnchor="end" dominantBaseline="central">
              <title>{b.label}</title>
              {clip(b.label, chars)}
            </text>
            {w > 0 ? (
              <rect x={b.value > 0 ? centre : centre - w} y={y} width={w} height={BAR_H} rx={3} className={`bar ${b.value > 0 ? 'tone-over' : 'tone-under'}`} />
            ) : (
              <circle cx={centre} cy={y + BAR_H / 2} r={4} className="bar tone-even" />
            )}
            <text x={WIDTH - VALUE_W + 8} y={y + BAR_H / 2} className="value-label" dominantBaseline="central">{narrow ? (b.compact ?? b.display) : b.display}</text>
          </g>
        );
      })}
    </svg>
  );
}
